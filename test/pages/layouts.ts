import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChromeReason } from '../../src/document/unitAttrs.js';

/**
 * Test pages that imitate how different sites lay out a scraped report: the clean text of a corpus
 * report inside each site's furniture (toolbars, breadcrumbs, source/date blocks, captions, related
 * links, repeated titles, comment boxes, footers). Every block knows what it is, so a test can score
 * the importer: furniture lines excluded, report lines kept, title chosen.
 */

/** One line of a page: the report's own text, or furniture with the reason it should be excluded for. */
export interface Block {
  readonly text: string;
  readonly role: 'report' | ChromeReason;
  /** How the block is written in HTML (default `<p>text</p>`). */
  readonly html?: string;
}

/** A page: its blocks in reading order, HTML wrapping of groups, and the report's title. */
export interface Page {
  readonly name: string;
  readonly title: string;
  readonly html: string;
  readonly text: string;
  readonly blocks: readonly Block[];
}

interface Report {
  readonly title: string;
  /** Lines after the title: subtitle, speaker, salutation, body. */
  readonly lines: readonly string[];
}

const read = (name: string): string[] =>
  readFileSync(fileURLToPath(new URL(`../fixtures/reports/${name}`, import.meta.url)), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter(Boolean);

/** The clean corpus reports: Nanan without its site's trailer, Chongqing without the page's source and date lines. */
export function cleanReports(): { nanan: Report; national: Report; chongqing: Report } {
  const nanan = read('nanan_district_2024_gov_work_report_zh.txt');
  const nananEnd = nanan.findIndex((l) => l.startsWith('本文仅代表'));
  const national = read('national_2024_gov_work_report_zh.txt');
  const chongqing = read('chongqing_municipal_2026_gov_work_report_zh.txt').filter((l) => !/^(来源|时间)：/.test(l));
  const report = (lines: string[]): Report => ({ title: lines[0] as string, lines: lines.slice(1) });
  return { nanan: report(nanan.slice(0, nananEnd)), national: report(national), chongqing: report(chongqing) };
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const f = (role: ChromeReason, text: string, html?: string): Block => ({ text, role, ...(html ? { html } : {}) });
const r = (text: string, html?: string): Block => ({ text, role: 'report', ...(html ? { html } : {}) });
const links = (role: ChromeReason, items: readonly string[], tag = 'li'): Block[] => items.map((t) => f(role, t, `<${tag}><a href="/a/${t.length}${t.charCodeAt(0)}.html">${esc(t)}</a></${tag}>`));
const body = (report: Report, count = report.lines.length): Block[] => [r(report.title, `<h2 class="doc-title">${esc(report.title)}</h2>`), ...report.lines.slice(0, count).map((l) => r(l))];

/** Breaks a report paragraph the way a scraper does: a number or a bracket left on a line of its own. */
function broken(line: string, at: RegExp): Block[] {
  const m = at.exec(line);
  if (!m) return [r(line)];
  const i = m.index;
  const piece = m[0];
  return [r(line.slice(0, i)), r(piece), r(line.slice(i + piece.length))];
}

function page(name: string, title: string, groups: ReadonlyArray<readonly [string, readonly Block[]]>): Page {
  const blocks = groups.flatMap(([, b]) => b);
  const html =
    `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>` +
    `<script>var _hmt = _hmt || []; (function(){ var hm = document.createElement("script"); })();</script>` +
    `<style>body{font-size:14px}</style></head>\n<body>\n` +
    groups.map(([wrap, b]) => wrap.replace('%', b.map((x) => x.html ?? `<p>${esc(x.text)}</p>`).join('\n'))).join('\n') +
    `\n<script src="/js/stat.js"></script></body></html>\n`;
  // A scraper's text dump: one line per block, blank lines here and there.
  const text = blocks.map((b, i) => (i % 3 === 0 ? `${b.text}\n` : b.text)).join('\n') + '\n';
  return { name, title, html, text, blocks };
}

/** Tuned set: six layouts the detection was developed on. */
export function tunedPages(): Page[] {
  const { nanan, national, chongqing } = cleanReports();
  const cq = chongqing;
  return [
    // 1. A city government portal: nav bar, breadcrumb, headline, info row, font size, share, related files, footer.
    page('gov-portal', cq.title, [
      ['<div class="top-nav"><ul>%</ul></div>', links('toolbar', ['首页', '政务公开', '政务服务', '互动交流', '走进重庆'])],
      ['<div class="breadcrumb">%</div>', [f('breadcrumb', '当前位置：首页 > 政务公开 > 政府工作报告')]],
      ['<div class="article-head">%</div>', [
        f('repeatedTitle', `${cq.title}（全文）`, `<h1>${esc(cq.title)}（全文）</h1>`),
        f('sourceDate', '发布时间：2026-02-03 09:30', '<span class="info">发布时间：2026-02-03 09:30</span><br>'),
        f('sourceDate', '来源：重庆市人民政府办公厅'),
        f('toolbar', '字号：大 中 小', '<div class="fontsize">字号：<a>大</a> <a>中</a> <a>小</a></div>'),
        f('toolbar', '打印本页 关闭窗口', '<div class="tools"><a>打印本页</a> <a>关闭窗口</a></div>'),
      ]],
      ['<div class="article-content" id="zoom">%</div>', body(cq)],
      ['<div class="share">%</div>', [f('toolbar', '分享到：'), ...links('toolbar', ['微信', '微博', 'QQ空间'], 'span')]],
      ['<div class="related">%</div>', [f('relatedLinks', '相关文件', '<h3>相关文件</h3>')]],
      ['<div class="related-list"><ul>%</ul></div>', links('relatedLinks', ['关于印发《重庆市2026年重点民生实事》的通知', '2025年重庆市政府工作报告', '图解：2026年重庆市政府工作报告'])],
      ['<div class="footer">%</div>', [
        f('siteNotice', '主办：重庆市人民政府办公厅 承办：重庆市大数据应用发展管理局'),
        f('siteNotice', '网站标识码：5000000095 渝ICP备05003300号 渝公网安备 50010302000017号'),
        f('siteNotice', '联系我们 | 网站地图 | 使用帮助'),
      ]],
    ]),
    // 2. A newspaper site: channel menu as a run of short lines, date | source row, photo and caption, editor, related news with dates, comments.
    page('newspaper', national.title, [
      ['<div class="channel">%</div>', ['新闻', '时政', '财经', '国际', '评论', '图片'].map((t) => f('toolbar', t, `<div><a href="/${t}">${t}</a></div>`))],
      ['<div class="headline">%</div>', [
        f('repeatedTitle', `${national.title}（全文）`, `<h1>${esc(national.title)}（全文）</h1>`),
        f('sourceDate', '2024年03月13日08:12 | 来源：人民日报'),
      ]],
      ['<div class="rm_txt_con">%</div>', [
        r(national.title),
        ...national.lines.slice(0, 12).map((l) => r(l)),
        f('caption', '图为3月5日，十四届全国人大二次会议在北京人民大会堂开幕。记者 张三 摄', '<p class="pic"><img src="/p.jpg"></p><p>图为3月5日，十四届全国人大二次会议在北京人民大会堂开幕。记者 张三 摄</p>'),
        ...national.lines.slice(12).flatMap((l, i) => (i === 20 ? broken(l, /2\.5/) : [r(l)])),
      ]],
      ['<div class="edit">%</div>', [f('sourceDate', '（责编：李四、王五）')]],
      ['<div class="share">%</div>', [f('toolbar', '分享让更多人看到')]],
      ['<div class="relate"><ul>%</ul></div>', [
        f('relatedLinks', '相关新闻', '<h2>相关新闻</h2>'),
        ...links('relatedLinks', ['政府工作报告提出今年发展主要预期目标 2024-03-05', '一图读懂2024年政府工作报告 2024-03-05', '两会受权发布：关于2023年国民经济和社会发展计划执行情况的报告 2024-03-13']),
      ]],
      ['<div class="comment">%</div>', [f('comments', '网友评论'), f('comments', '我要评论')]],
      ['<div class="footer">%</div>', [f('siteNotice', '人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务')]],
    ]),
    // 3. A report-archive content farm (the Nanan sample's kind): breadcrumb with >>, meta row, truncated report, disclaimer, comments, neighbours.
    page('content-farm', nanan.title, [
      ['<div class="weizhi">%</div>', [f('breadcrumb', '您的位置：首页 > 报告大全 > 政府工作报告 >>')]],
      ['<div class="title">%</div>', [f('repeatedTitle', nanan.title, `<h1>${esc(nanan.title)}</h1>`), f('sourceDate', '时间：2024-02-18 来源：网络 作者：佚名 点击：')]],
      ['<div class="content">%</div>', body(nanan)],
      ['<div class="shengming">%</div>', [
        f('siteNotice', '本文仅代表作者观点，不代表本站立场。凡注明为博县网原创作品的，未经许可，不得转载。'),
        f('siteNotice', '本文地址：/baogao/xn/10238.html'),
      ]],
      ['<div class="sxp">%</div>', [f('relatedLinks', '上一篇：2024年南岸区政府工作报告解读'), f('relatedLinks', '下一篇：2024年江北区政府工作报告')]],
      ['<div class="pinglun">%</div>', [f('comments', '留言与评论（共有 0 条评论）'), f('comments', '验证码：')]],
      ['<div class="foot">%</div>', [f('siteNotice', '网站地图')]],
    ]),
    // 4. A document archive (wikisource-like): header fields split label/value, navigation, report, 名词解释, licence, categories.
    page('archive', national.title, [
      ['<div class="header-fields">%</div>', [
        f('relatedLinks', '← 2023年国务院政府工作报告', '<div class="prev"><a>← 2023年国务院政府工作报告</a></div>'),
        f('relatedLinks', '2025年国务院政府工作报告 →', '<div class="next"><a>2025年国务院政府工作报告 →</a></div>'),
        f('sourceDate', '作者：'),
        f('sourceDate', '李强'),
        f('sourceDate', '发布日期：'),
        f('sourceDate', '2024年3月12日'),
      ]],
      ['<div class="mw-parser-output">%</div>', [
        ...body(national, 170),
        r('名词解释'),
        r('1.“两重”：指国家重大战略实施和重点领域安全能力建设。'),
        r('2.“三个没有根本改变”：指我国经济长期向好的基本面没有改变，经济发展的韧性和潜力没有改变，经济运行的基本趋势没有改变。'),
        r('3.“保交楼”：指保障已售逾期难交付住宅项目建设交付，维护购房人合法权益。'),
      ]],
      ['<div class="licence">%</div>', [f('siteNotice', '本作品在中华人民共和国境内属于公有领域，依据《中华人民共和国著作权法》第五条不适用该法。本站内容转载请注明出处。')]],
      ['<div id="catlinks">%</div>', [f('sourceDate', '分类：政府工作报告 | 2024年作品 | 国务院公报')]],
    ]),
    // 5. A WeChat-style article: account line, follow prompt, captions, END, source/editor block split over lines, recommended reads, actions.
    page('wechat', cq.title, [
      ['<div class="rich_media_head">%</div>', [
        f('repeatedTitle', `全文来了！${cq.title}`, `<h1 class="rich_media_title">全文来了！${esc(cq.title)}</h1>`),
        f('sourceDate', '原创 重庆发布 重庆发布 2026年01月29日 09:00 重庆'),
        f('toolbar', '点击蓝字关注我们'),
      ]],
      ['<div class="rich_media_content">%</div>', [
        f('caption', '视频截图', '<p><img src="/v.jpg"></p><p>视频截图</p>'),
        ...body(cq, 40),
        f('caption', '图片来源：视觉中国'),
        ...cq.lines.slice(40).map((l) => r(l)),
        f('toolbar', 'END'),
      ]],
      ['<div class="source-block">%</div>', [f('sourceDate', '来源：'), f('sourceDate', '重庆日报'), f('sourceDate', '编辑：张三'), f('sourceDate', '审核：李四')]],
      ['<div class="tjyd">%</div>', [f('relatedLinks', '推荐阅读', '<h2>推荐阅读</h2>'), ...links('relatedLinks', ['重庆两会｜一图读懂政府工作报告', '重庆两会｜代表委员热议“33618”', '新重庆新征程｜2026年民生实事出炉'], 'p')]],
      ['<div class="actions">%</div>', [f('toolbar', '阅读原文'), f('toolbar', '分享 收藏 点赞 在看')]],
    ]),
    // 6. A district government's open-government page: metadata table with ids split over lines, report, attachment list, footer.
    page('open-gov', nanan.title, [
      ['<div class="crumb">%</div>', [f('breadcrumb', '首页 > 政府信息公开 > 法定主动公开内容 > 政府工作报告')]],
      ['<table class="xxgk-info">%</table>', [
        f('sourceDate', '索引号：', '<tr><td>索引号：</td>'),
        f('sourceDate', '11500108009345421X/2024-00012', '<td>11500108009345421X/2024-00012</td></tr>'),
        f('sourceDate', '发布机构：', '<tr><td>发布机构：</td>'),
        f('sourceDate', '南岸区政府办', '<td>南岸区政府办</td></tr>'),
        f('sourceDate', '成文日期：', '<tr><td>成文日期：</td>'),
        f('sourceDate', '2024-02-04', '<td>2024-02-04</td></tr>'),
      ]],
      ['<div class="zw-title">%</div>', [f('repeatedTitle', nanan.title, `<h1>${esc(nanan.title)}</h1>`)]],
      ['<div class="zw-content">%</div>', [...body(nanan, 8), ...broken(nanan.lines[8] as string, /（/), ...nanan.lines.slice(9).map((l) => r(l))]],
      ['<div class="xggj">%</div>', [f('relatedLinks', '相关稿件'), ...links('relatedLinks', ['[2024-00011] 南岸区2024年国民经济和社会发展计划', '[2024-00010] 南岸区2023年财政预算执行情况'])]],
      ['<div class="ewm">%</div>', [f('toolbar', '扫一扫在手机打开当前页')]],
      ['<div class="bottom">%</div>', [f('siteNotice', '主办单位：重庆市南岸区人民政府办公室'), f('siteNotice', '渝ICP备11001230号-1  渝公网安备 50010802001258号'), f('siteNotice', '网站标识码：5001080001')]],
    ]),
  ];
}

/** Held-out set: layouts written before tuning and never tuned on; their figures are reported apart. */
export function heldOutPages(): Page[] {
  const { nanan, national, chongqing } = cleanReports();
  // The first paragraph of the second half with a decimal number, which the scraper leaves on a line of its own.
  const cut = national.lines.findIndex((l, i) => i >= 45 && /\d+\.\d+/.test(l));
  return [
    // A. A television news portal: programme prefix, video controls, tags, related videos with durations, back to top.
    page('tv-portal', chongqing.title, [
      ['<div class="nav_top">%</div>', [f('toolbar', '首页 | 新闻 | 体育 | 综艺 | 直播 | 片库')]],
      ['<div class="title_area">%</div>', [
        f('repeatedTitle', `【重庆两会】${chongqing.title}`, `<h1>【重庆两会】${esc(chongqing.title)}</h1>`),
        f('sourceDate', '2026年01月29日 07:32 来源：央视网'),
        f('toolbar', '00:00 / 05:32'),
        f('toolbar', '播放'),
        f('toolbar', '全屏'),
      ]],
      ['<div class="content_area">%</div>', body(chongqing, 60)],
      ['<div class="tags">%</div>', [f('sourceDate', '热词：'), f('sourceDate', '政府工作报告 重庆 两会')]],
      ['<div class="xgsp">%</div>', [f('relatedLinks', '相关视频', '<h3>相关视频</h3>'), ...links('relatedLinks', ['重庆市长胡衡华作政府工作报告 03:12', '代表委员热议政府工作报告 02:45'], 'p')]],
      ['<div class="gotop">%</div>', [f('toolbar', '返回顶部')]],
    ]),
    // B. A provincial people's congress site: top bar, search, side column menu, position, font size, report with notes, print/close, friend links.
    page('congress', national.title, [
      ['<div class="topbar">%</div>', [f('toolbar', '设为首页 | 加入收藏 | 繁體版 | 无障碍')]],
      ['<div class="search">%</div>', [f('toolbar', '请输入关键字'), f('toolbar', '搜索')]],
      ['<div class="left-column">%</div>', ['人大概况', '常委会工作', '代表工作', '立法工作', '监督工作'].map((t) => f('toolbar', t, `<div><a>${t}</a></div>`))],
      ['<div class="location">%</div>', [f('breadcrumb', '当前位置：首页>>大会文件')]],
      ['<div class="art-info">%</div>', [f('repeatedTitle', national.title, `<h1>${esc(national.title)}</h1>`), f('toolbar', '【字体：大 中 小】'), f('sourceDate', '日期：2024-03-14  浏览次数：1325')]],
      ['<div class="art-body">%</div>', [
        ...body(national, cut),
        ...broken(national.lines[cut] as string, /\d+\.\d+/),
        ...national.lines.slice(cut + 1).map((l) => r(l)),
        r('注释'),
        r('［1］“两重”建设：指国家重大战略实施和重点领域安全能力建设。'),
        r('［2］“三个没有根本改变”：经济长期向好的基本面、经济发展的韧性和潜力、经济运行的基本趋势都没有改变。'),
      ]],
      ['<div class="art-tools">%</div>', [f('toolbar', '【打印本页】【关闭窗口】')]],
      ['<div class="friend-links">%</div>', [f('relatedLinks', '友情链接：'), f('relatedLinks', '中国人大网 | 中国政府网 | 新华网')]],
      ['<div class="footer">%</div>', [f('siteNotice', '版权所有：某省人民代表大会常务委员会办公厅')]],
    ]),
    // C. A forum repost: poster line, post time, view mode, report, edit note, reply/report/collect, replies with times.
    page('forum', nanan.title, [
      ['<div class="thread-head">%</div>', [
        f('repeatedTitle', `[转帖] ${nanan.title}`, `<h1>[转帖] ${esc(nanan.title)}</h1>`),
        f('comments', '楼主'),
        f('sourceDate', '发表于 2024-2-6 08:12:33'),
        f('comments', '只看该作者'),
        f('comments', '阅读模式'),
      ]],
      ['<div class="post-body">%</div>', [f('sourceDate', '本帖最后由 南岸观察 于 2024-2-6 09:00 编辑'), ...body(nanan)]],
      ['<div class="post-actions">%</div>', [f('comments', '回复'), f('comments', '举报'), f('toolbar', '收藏'), f('toolbar', '分享')]],
      ['<div class="replies">%</div>', [f('comments', '沙发'), f('sourceDate', '发表于 2024-2-6 10:01:12'), f('comments', '回复 1# 南岸观察 谢谢分享，收藏了。')]],
    ]),
  ];
}

