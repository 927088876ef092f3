/**
 * The few words term extraction needs to know in Chinese policy prose: characters that never
 * begin or end a term, the verbs and adverbs that open a clause before its object, and the head
 * nouns of named programmes, places and institutions. Lists of words, not of terms: a new report's
 * programme names are found through them.
 */

/** Function characters: a term neither starts nor ends with one (的, 和, 等 …). */
export const FUNCTION_CHARS = new Set([...'的了着和与及或并等在对为把将从向同使让由于其之是也都还又再更最很较被给就而且但所这那各每该此第居约近超达以要']);

/**
 * Words that open a clause before its object ("深入实施…", "加快…"): a named phrase does not reach
 * back over one, and a recurring phrase does not start with one. Verbs that also occur inside names
 * (建设, 提升, 深化, 发展 in 国有企业改革深化提升行动) are not here: a name drops the verbs it
 * begins with instead (the dictionary tells a verb).
 */
export const CLAUSE_OPENERS = new Set(
  (
    '深入 实施 加快 大力 积极 推进 持续 全面 扎实 稳步 着力 坚持 启动 开展 打造 推动 落实 统筹 组织 支持 鼓励 构建 建成 成功 举办 获批 入选 创建 设立 新建 迭代 加强 做好 ' +
    '抓好 用好 办好 开工 挂牌 组建 引入 出台 制定 编制 探索 建立 融入 聚焦 围绕 实现 形成 取得 加力 培养 参与 加速 加紧 全力 努力 进一步 不断 继续 切实 认真 坚决 有序 稳妥 ' +
    '完成 突破 达到 增长 保持 确保 加大 实行 执行 落地 开通 投用 投运 运营 亮相 获评 成为 荣获 纳入 覆盖 助力 带动 引导 发挥 打好 打通 抓 做 用 瞄准 注重 突出 强调 贯彻 ' +
    '学习 践行 弘扬 加快推进 大力发展 积极推进 深入推进 深入实施 全面推进 加快建设 协同推进 一体推进 统筹推进 有效 精准 主动 更好 更加 奋力 合力 共同 联合 高水平 大幅 明显 显著 ' +
    '基本 初步 逐步 加快构建 推出 启用 新增 累计 全年 今年 去年 过去 一年 五年 以来 同时 通过 按照 根据 依托 面向 对接 立足 紧扣 锚定 对标 着眼 利用 采取 落实好 我们 我国 ' +
    '全国 全市 全区 全省 首批 首个 一批 各类 一系列 多项 若干 相关 其他 有关 新一轮 一轮 各地 各级 分别 主要 重要'
  ).split(' '),
);

/**
 * Head nouns of named programmes, places and institutions (…工程, …行动, …示范区): a phrase
 * ending in one is a name when what precedes it is not a verb or a function word.
 */
export const STRONG_HEADS = (
  '工程 行动 行动计划 计划 示范区 集群 产业集群 战略 试点 先行区 新区 新城 产业园 园区 基地 中心 走廊 高地 倡议 论坛 大会 ' +
  '博览会 展览会 实验室 研究院 学院 大学 公园 水库 高铁 高速 枢纽 通道 经济圈 经济带 生态城 之都 示范城市 试验区 保护区 产业带 ' +
  '科学城 集团 峰会 运动会 亚运会 大运会 联盟 条例 协定 试点城市 创新区 合作区 板块 航站楼 机场 书院 会议中心 生态圈 综合体 ' +
  '共同体 攻坚战 战役 保卫战 品牌 平台 示范工厂 产业园区 新通道 港区 班列 航线 大桥 隧道 基金 奖 改革试点 工作体系 集群体系'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);

/** Words that end no recurring term: a phrase ending in one runs into the predicate (…率达到, …收入增长). */
export const END_STOPS = new Set('达到 增长 提高 实现 超过 突破 下降 分别 左右 以上 以下 以内 方面 同比'.split(' '));

/** What a numeral-led slogan may end in besides the heads of names (十大重点攻坚任务, 八项规定). */
export const SLOGAN_HEADS = '任务 规定 战役 攻坚战 意识 自信 确立 维护 作用 定位 不动摇'.split(' ');

/** After 二十大, 十九大 (a Party congress), these words follow the congress, not a slogan: 二十大精神 is the spirit of the 20th Congress. */
export const CONGRESS_FOLLOWERS = new Set('精神 会议 以来 报告 代表 召开 胜利 部署'.split(' '));

/** Plain nouns after a numeral that make a count, not a slogan (八个方面, 三个部分). */
export const COUNTED_NOUNS = new Set('方面 部分 问题 地区 城市 国家 项目 企业 单位 小时 方向 领域 环节 阶段 层次 季度 月份 年度'.split(' '));

/** Heads that also end ordinary phrases (…机制, …体系): a name with one must recur. */
export const WEAK_HEADS = '体系 机制 改革 制度 模式 政策 工作 服务 理念 格局 思想 精神 经济 产业 城市 战略性'.split(' ').sort((a, b) => b.length - a.length);

/** Chinese numerals that lead a slogan (三大攻坚战, 两个确立, 双碳). */
export const NUMERALS = '一二三四五六七八九十两双百千万';

/** What may follow a numeral in a slogan (三大…, 两个…, 四好…, 两不…); others make a quantity. */
export const SLOGAN_MEASURES = '大个项条类种张化好不型';

/** Units after a number that make it a quantity, not a code (885元, 2024年, 33618户). */
export const QUANTITY_UNITS = new Set([...'年月日号时分秒万亿元角倍成%％人家户所座台辆吨亩斤米个项条件次批届位名期处套栋类种张只头份间层片']);
