// Types of scripts/build.mjs, for the tests and benchmarks that build before they spawn.
export declare const ROOT: string;
export declare const NODE_OUT: string;
export declare const CLI_BUNDLE: string;
export declare const WEB_BUNDLE: string;
export declare const RENDERER_OUT: string;
export declare function isStale(outDir: string, entry: string): boolean;
/** Records the inputs of a build made into `outDir` that started at `startedAt` (ms), with their stamps as they are now. */
export declare function recordInputs(outDir: string, startedAt: number, inputs: readonly string[]): void;
export declare function buildNode(options?: { quiet?: boolean }): Promise<void>;
export declare function buildScript(entry: string, outfile: string): Promise<string>;
export declare function buildRenderer(options?: { quiet?: boolean }): Promise<void>;
export declare function ensureNode(options?: { quiet?: boolean }): Promise<boolean>;
export declare function ensureRenderer(options?: { quiet?: boolean }): Promise<boolean>;
