/**
 * Web-page chrome that scraped reports carry (PRODUCT.md): disclaimers, comment boxes, site maps,
 * print/close links, neighbouring-article links. Such lines are kept in the project, greyed and
 * excluded, never deleted.
 */

/** Lines that are chrome wherever they stand: no sentence of a report begins this way. */
const STRONG: readonly RegExp[] = [
  /^本文仅代表作者(个人)?观点/,
  /^(本文|原文)(地址|链接|网址)[:：]/,
  /^(留言与评论|发表评论|网友评论|我要评论|评论列表|全部评论|已有\d*条评论)/,
  /^(\(|（)?共有\s*\d*\s*条评论/,
  /^验证码[:：]?/,
  /^网站地图(\s*[|｜丨].*)?$/,
  /^责任编辑[:：]/,
  /^(相关报道|相关阅读|相关新闻|相关文章|相关链接|延伸阅读|推荐阅读|热门文章|热点推荐)[:：]?$/,
  /^[【[]?(打印|打印本页|打印此页|关闭|关闭窗口|关闭本页|返回顶部|返回首页|加入收藏|收藏本页|纠错)[】\]]?(\s*[【[]?(打印|打印本页|关闭|关闭窗口|返回顶部|收藏)[】\]]?)*$/,
  /^上一篇[:：]/,
  /^下一篇[:：]/,
  /^(分享到|分享至)[:：]?/,
  /^扫一扫/,
  /^(字号|字体)[:：]\s*(大|中|小)?/,
  /^(浏览次数|阅读次数|阅读量|点击数|点击量|访问量|浏览量)[:：]/,
  /^.{0,40}ICP备\s*\d+号/,
  /^(Copyright|版权所有)/i,
  /^©/,
];

/** Page metadata: chrome only near the top or in the trailing block, where a page header or footer stands. */
const METADATA = /^(来源|稿源|信息来源|文章来源|发布时间|发布日期|更新时间|时间|日期|作者|编辑|供稿|审核)\s*[:：]/;

/** How long a metadata line may be: a source or a date, not a paragraph. */
const METADATA_MAX = 60;

/** How short a line in the trailing block must be to be swept with the chrome around it. */
const SHORT_TAIL_LINE = 30;

/** True when the line is web-page chrome wherever it stands. */
export function isStrongChrome(line: string): boolean {
  return STRONG.some((re) => re.test(line));
}

/** True when the line is page metadata (source, date, editor): chrome when it stands in a page header or footer. */
export function isPageMetadata(line: string): boolean {
  return line.length <= METADATA_MAX && METADATA.test(line);
}

/**
 * Finds the trailing block of chrome: the longest run of lines at the end that are all chrome or
 * short, starting at its first strong chrome line (so a signature or date just before the chrome
 * stays part of the report). Returns the index of the first excluded line, or `lines.length`.
 */
export function findTrailingChrome(lines: readonly string[]): number {
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    const tailish =
      isStrongChrome(line) || isPageMetadata(line) || (line.length <= SHORT_TAIL_LINE && !/[。！？!?]/.test(line));
    if (!tailish) break;
    start = i;
  }
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isStrongChrome(line) || isPageMetadata(line)) return i;
  }
  return lines.length;
}
