/**
 * Words of official English that Hunspell's en-US dictionary lacks, found by checking the 2021
 * national report's official English (the tuning set; the second evaluation set was checked after,
 * not tuned on). Kept short on purpose: anything else a translator's work needs goes into their own
 * words (*Add to my words*), or is a glossary rendering and accepted as such.
 */
export const POLICY_WORDS: readonly string[] = ['capita', 'chernozem', 'germplasm', 'rollout', 'rollouts', 'timeframe', 'timeframes', 'unswerving', 'unswervingly', 'wellbeing'];
