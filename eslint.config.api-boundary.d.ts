/** `eslint.config.api-boundary.js`: the API boundary's `import-x/no-restricted-paths` zones, read by its test. */
export declare const apiBoundaryZones: Array<{ target: string[]; from: string; except?: string[]; message: string }>;
