/** A full date in Chinese (2024年3月5日), as in a report's dated subtitle. */
const DATE = /([12]\d{3})年\s*\d{1,2}月\s*\d{1,2}日/;
const YEAR = /([12]\d{3})年/g;

/**
 * The year a report was delivered, which 今年 and 去年 refer to: the year of the first full date in
 * its opening paragraphs (the dated subtitle: ——2024年3月5日在…), else the latest year its title
 * names (2024年政府工作报告); null when neither says. `paragraphs` are the Chinese, in order.
 */
export function reportYear(paragraphs: readonly string[]): number | null {
  const opening = paragraphs.slice(0, 6);
  for (const text of opening) {
    const m = DATE.exec(text);
    if (m) return Number(m[1]);
  }
  const title = opening.find((t) => t.trim().length > 0) ?? '';
  const years = [...title.matchAll(YEAR)].map((m) => Number(m[1]));
  return years.length ? Math.max(...years) : null;
}
