// The wire shapes of OBP, shared by the console's client and the sandbox (the sandbox may import only this folder).
export * from './common';
export * from './auth';
export * from './users';
export * from './banks';
export * from './customers';
export * from './roles';
export * from './operations';
