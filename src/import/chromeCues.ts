import type { ChromeReason } from '../document/unitAttrs.js';

/**
 * The words of web-page chrome (PRODUCT.md): the labels, controls and notices that pages of every
 * site share, each with the reason it names. These cues only name a reason and tip a decision: where
 * a line stands relative to the report's skeleton decides more (see `detectStructure`).
 */

const TOOL_WORD =
  '打印|打印本页|打印此页|打印文章|关闭|关闭窗口|关闭本页|返回|返回顶部|返回首页|返回列表|返回上一页|加入收藏|收藏|收藏本页|纠错|我要纠错|分享|分享到|分享至|' +
  '字号|字体|大|中|小|默认|放大|缩小|下载|全文下载|下载全文|朗读|语音播报|播放|暂停|全屏|登录|注册|搜索|首页|无障碍|适老化|繁體|繁体|简体|繁體版|English|设为首页|' +
  '手机版|移动版|微信|微博|QQ空间|QQ|复制链接|二维码|点赞|在看|赞|推荐|阅读原文|点击蓝字关注我们|关注|举报|评论|留言|END|TOP';

/** A line made only of toolbar words, each perhaps in brackets, separated by spaces or bars. */
const TOOLBAR = new RegExp(`^(?:[【\\[［(（]?(?:${TOOL_WORD})[】\\]］)）]?[\\s|｜丨/·•:：]*)+$`, 'i');

/** Words about the page or the site itself, which no sentence of a report contains. */
const SITE_NOTICE =
  /本文仅代表|不代表本(站|网)|本(站|网|网站|平台|号)(所有|原创|声明|展示|发布|转载|不|部分|文章|已)|^(本文|原文)(地址|链接|网址)|版权(所有|声明|归)|Copyright|^©|All\s+rights\s+reserved|ICP(备|证)|公网安备|网站标识码|网站识别码|^(主办|承办|协办|技术支持|运维|运营|网站主办|主办单位|承办单位|联系电话|电话|传真|邮编|地址|电子邮箱|邮箱)\s*[:：]|(^|[\s|｜])(联系我们|网站地图|免责声明|隐私(政策|声明)|使用帮助|网站声明|关于我们|意见建议)([\s|｜]|$)|转载请|不得转载|(如有|若|造成了?)侵权|建议使用.{0,20}浏览器|分辨率\s*\d|未经.{0,6}(许可|授权).{0,8}不得/i;

const CUES: ReadonlyArray<readonly [ChromeReason, RegExp]> = [
  ['toolbar', TOOLBAR],
  ['toolbar', /^[【[]?(字号|字体)[:：]/],
  ['toolbar', /^(分享|扫一扫|扫描二维码|用微信扫|手机扫码|点击(蓝字|上方|右上角))/],
  ['breadcrumb', /^(当前位置|您的位置|你的位置|您现在的位置|你现在的位置|现在的位置|所在位置|位置)\s*[:：]/],
  ['breadcrumb', /^(首页|主页)\s*(>|＞|»|›|→|\/|〉|>>)/],
  ['sourceDate', /^[(（]?(来源|稿源|信息来源|文章来源|消息来源|发布时间|发布日期|更新时间|时间|日期|作者|编辑|责任编辑|责编|编审|供稿|审核|审校|校对|记者|通讯员|浏览次数|阅读次数|阅读数|阅读量|点击数|点击量|点击率|访问量|浏览量|索引号|文号|发文字号|发文机关|发布机构|主题分类|体裁分类|成文日期|公开方式|公开范围|分类|原标题|字数|撰文|文字|摄影|视频|美编|出品)\s*[:：]/],
  ['sourceDate', /^(原创|转载)\s/],
  ['caption', /^[(（]?(图为|图片[:：来]|图源|资料图|组图|图[:：]|图\d|视频截图|点击(查看)?大图)/],
  ['caption', /(摄|摄影|供图|图片来源[:：]\S*|新华社发|视觉中国)[)）]?$/],
  ['relatedLinks', /^[【[]?(相关(报道|阅读|新闻|文章|链接|文件|推荐|专题|视频|稿件|资讯|解读|图集)|延伸阅读|推荐阅读|热门(文章|推荐|新闻|阅读)|热点(推荐|新闻|关注)|猜你喜欢|精彩推荐|更多(新闻|阅读|内容)?|往期(回顾|推荐)|友情链接|专题专栏|最新(文章|发布|信息))[】\]]?\s*[:：>》]*$/],
  ['relatedLinks', /^(上一篇|下一篇|上一条|下一条|上篇|下篇|前一篇|后一篇)\s*[:：]?|^[←«‹]|[→»›]$/],
  ['siteNotice', SITE_NOTICE],
  ['comments', /^(留言与评论|发表评论|网友评论|我要评论|评论列表|全部评论|热门评论|最新评论|写评论|查看更多评论|点击加载更多|已有\d*条评论|[(（]?共有\s*\d*\s*条评论|验证码|用户名|密码|匿名(发表)?|楼主|沙发|板凳|回复|引用|只看该作者|阅读模式|发表于)/],
  ['pageNumber', /^(上一页|下一页|首页|尾页|末页|\d{1,3})(\s+(上一页|下一页|首页|尾页|末页|\d{1,3}))+$/],
  ['pageNumber', /^第\s*\d+\s*页(\s*[/／,，]?\s*共\s*\d+\s*页)?$|^共\s*\d+\s*页$|^[-－—–]\s*\d{1,4}\s*[-－—–]$|^\d{1,4}\s*[/／]\s*\d{1,4}$/],
];

/** A short metadata row: a date-time or an outlet with source, author or editor labels anywhere in it. */
const METADATA_ROW = /(^|[\s|｜丨])(来源|作者|编辑|责任编辑|发布时间|发布日期|浏览次数|点击|时间|日期)\s*[:：]|^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}/;
const MAX_METADATA_ROW = 60;
const MAX_CUED_LINE = 160;

/** The reason a line's own words give for taking it as chrome, or null when its words say nothing. */
export function chromeCue(line: string): ChromeReason | null {
  // Controls, labels and captions are short; a long line can only be a notice about the site.
  if (line.length > MAX_CUED_LINE) return SITE_NOTICE.test(line) ? 'siteNotice' : null;
  for (const [reason, pattern] of CUES) if (pattern.test(line)) return reason;
  if (line.length <= MAX_METADATA_ROW && !/[。！？]/.test(line) && METADATA_ROW.test(line)) return 'sourceDate';
  return null;
}

/** True when the line speaks about the page or the site, as no sentence of a report does (本站, 转载, 版权…). */
export function speaksOfSite(line: string): boolean {
  return SITE_NOTICE.test(line);
}
