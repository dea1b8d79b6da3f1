/** `no-restricted-syntax` entries: OBP's field names spelled outside src/api (see eslint.config.obp-names.js). */
export declare const obpFieldNameRules: ReadonlyArray<{ selector: string; message: string }>;
