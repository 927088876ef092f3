/**
 * The part of `nspell` (a Hunspell reader in plain JavaScript) that Duizhao uses. Declared here rather
 * than taken from @types/nspell, whose reference to Node's types would reach the renderer's build.
 */
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    add(word: string): NSpell;
    remove(word: string): NSpell;
  }
  function nspell(dictionary: { readonly aff: string | Uint8Array; readonly dic?: string | Uint8Array }): NSpell;
  export default nspell;
}
