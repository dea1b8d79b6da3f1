import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

/**
 * A validator compiler for the customer APIs' bodies: Fastify's default coerces types ("58" becomes 58) and silently
 * drops unknown members, which would let through what bankingservice.ai and OpenWealth define as invalid. This one
 * validates as written.
 */
export function strictValidatorCompiler(): FastifySchemaCompiler<object> {
  const ajv = new Ajv({ coerceTypes: false, removeAdditional: false, useDefaults: false, allErrors: true, strict: false });
  addFormats(ajv);
  return ({ schema }) => ajv.compile(schema);
}
