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
    expect(extractHtmlText(html)).toEqual([
      { text: '政府工作报告', chrome: false },
      { text: '各位代表：', chrome: false },
      { text: '第一段 文字&符号。', chrome: false },
      { text: '第二行', chrome: false },
      { text: '点击文字', chrome: false },
    ]);
  });

  it('marks text inside nav, header, footer, aside and forms as chrome', () => {
    const html = '<nav>首页 | 新闻</nav><p>正文。</p><footer>版权所有</footer><form>验证码：<input></form>';
    expect(extractHtmlText(html).map((l) => l.chrome)).toEqual([true, false, true, true]);
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
      ['paragraph', 'boilerplate'],
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
