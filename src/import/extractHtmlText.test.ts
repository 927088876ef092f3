import { describe, expect, it } from 'vitest';
import { declaredHtmlCharset, extractHtmlText, HtmlTooDeepError } from './extractHtmlText.js';
import { importReport } from './importReport.js';

describe('extractHtmlText', () => {
  it('keeps the text of blocks as lines and drops scripts, styles and embedded objects', () => {
    const html = `<!doctype html><html><head><title>站点标题</title><style>p{color:red}</style>
      <script>document.write('坏')</script></head><body>
      <h1>政府工作报告</h1><p>各位代表：</p><p>第一段&nbsp;文字&amp;符号。<br>第二行</p>
      <iframe src="x">框架</iframe><svg><text>图</text></svg><noscript>无脚本</noscript>
      <div onclick="alert(1)">点击<span>文字</span></div></body></html>`;
    expect(extractHtmlText(html).map((l) => [l.text, l.hints])).toEqual([
      ['政府工作报告', { heading: 1 }],
      ['各位代表：', {}],
      ['第一段 文字&符号。', {}],
      ['第二行', {}],
      ['点击文字', {}],
    ]);
  });

  it('marks text inside nav, footer and aside, and in elements whose class names say furniture, with a reason', () => {
    const html =
      '<nav>首页 | 新闻</nav><p>正文第一段，很长的一段话。</p><p>正文第二段，又是很长的一段话。</p><footer>版权所有</footer>' +
      '<div class="bread-crumb">首页 > 报告</div><div id="shareBox">分享</div><div class="xgxw">相关新闻</div><aside>推荐</aside>';
    expect(extractHtmlText(html).map((l) => l.hints?.chrome ?? null)).toEqual([
      'toolbar', null, null, 'siteNotice', 'breadcrumb', 'toolbar', 'relatedLinks', 'relatedLinks',
    ]);
  });

  it('ignores furniture class names that wrap most of the page (a whole page inside a "menu" form)', () => {
    const html = '<div class="menu"><h1>政府工作报告</h1><p>各位代表：</p><p>正文很长的一段话，正文很长的一段话。</p></div><p>短</p>';
    expect(extractHtmlText(html).every((l) => l.hints?.chrome === undefined)).toBe(true);
  });

  it('measures link text, list items, captions and a bold opening', () => {
    const html =
      '<ul><li><a href="/a">相关文章标题</a> 2024-02-05</li></ul><figure><img src="x"><figcaption>图为会场。</figcaption></figure>' +
      '<p><img src="y"></p><p>记者 张三 摄</p><p><strong>（一）加强治理。</strong>正文。</p>';
    const lines = extractHtmlText(html);
    expect(lines[0]?.hints).toMatchObject({ listItem: true });
    expect(lines[0]?.hints?.linkShare).toBeCloseTo(6 / 17, 2);
    expect(lines[1]?.hints).toMatchObject({ caption: true });
    expect(lines[2]?.hints).toMatchObject({ caption: true });
    expect(lines[3]?.hints).toMatchObject({ boldLead: 8 });
  });

  it('reads deeply nested and unclosed markup, and refuses nesting deeper than the limit at once', () => {
    const deep = `${'<div><span>'.repeat(900)}深处的文字${'</span></div>'.repeat(900)}<p>未闭合<p>第二段`;
    expect(extractHtmlText(deep).map((l) => l.text)).toEqual(['深处的文字', '未闭合', '第二段']);
    const tooDeep = `<html><body>${'<div>'.repeat(200_000)}文字${'</div>'.repeat(200_000)}</body></html>`;
    const started = performance.now();
    expect(() => extractHtmlText(tooDeep)).toThrow(HtmlTooDeepError);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('reads a declared charset', () => {
    expect(declaredHtmlCharset('<meta charset="GBK">')).toBe('gbk');
    expect(declaredHtmlCharset('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />')).toBe('gb2312');
    expect(declaredHtmlCharset('<p>nothing</p>')).toBeNull();
  });
});

describe('importReport of HTML', () => {
  it('decodes a GBK page by its meta charset and detects its structure', () => {
    const html = '<html><head><meta charset="gbk"></head><body><p>政府工作报告</p><p>各位代表：</p><p>一、回顾</p><p>过去一年。</p><p>本文地址：/x.html</p></body></html>';
    // GB18030 bytes made by the platform's encoder is not available (TextEncoder is UTF-8 only), so
    // the page is checked in UTF-8 with a GBK declaration: GB18030 is tried first, fails, then UTF-8.
    const result = importReport('page.html', new TextEncoder().encode(html));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const units = result.value.doc.toJSON().content as Array<{ attrs: Record<string, unknown> }>;
    expect(units.map((u) => [u.attrs['kind'], u.attrs['excluded']])).toEqual([
      ['title', null],
      ['salutation', null],
      ['heading', null],
      ['paragraph', null],
      ['paragraph', 'chrome'],
    ]);
  });

  it('refuses a page in an encoding Duizhao does not read', () => {
    const result = importReport('page.htm', new TextEncoder().encode('<meta charset="big5"><p>文字</p>'));
    expect(result).toEqual({ ok: false, error: { code: 'import.unsupportedEncoding', params: { encoding: 'big5' } } });
  });

  it('refuses a page with no text', () => {
    expect(importReport('empty.html', new TextEncoder().encode('<html><script>x()</script></html>'))).toMatchObject({
      ok: false,
      error: { code: 'import.noText' },
    });
  });
});
