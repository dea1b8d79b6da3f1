import { describe, expect, it } from 'vitest';
import { postCustomerAttribute } from '@/api/schemas/customer-attributes';
import { toAttributeBody } from '@/api/bodies/attributes';
import { attributeDraft, attributeFormSchema, isAttributeType, valueMessageKey } from './customer-attribute-form-schema';

const messagesOf = (result: { error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('attribute form', () => {
  it('checks the value against its type before anything is sent', () => {
    expect(attributeFormSchema.safeParse({ name: 'segment', type: 'STRING', value: 'retail' }).success).toBe(true);
    expect(attributeFormSchema.safeParse({ name: 'dependants', type: 'INTEGER', value: '3' }).success).toBe(true);
    expect(messagesOf(attributeFormSchema.safeParse({ name: 'dependants', type: 'INTEGER', value: '3.5' }))).toEqual({
      value: 'attributes.validation.valueINTEGER',
    });
    expect(messagesOf(attributeFormSchema.safeParse({ name: 'score', type: 'DOUBLE', value: '12,5' }))).toEqual({
      value: 'attributes.validation.valueDOUBLE',
    });
    expect(attributeFormSchema.safeParse({ name: 'score', type: 'DOUBLE', value: '12.1234' }).success).toBe(true);
    expect(messagesOf(attributeFormSchema.safeParse({ name: 'since', type: 'DATE_WITH_DAY', value: '2021-02-30' }))).toEqual({
      value: 'attributes.validation.valueDATE_WITH_DAY',
    });
    expect(attributeFormSchema.safeParse({ name: 'since', type: 'DATE_WITH_DAY', value: '2012-04-23' }).success).toBe(true);
  });

  it('mirrors OBP’s column limits and needs a name, a type and a value', () => {
    expect(messagesOf(attributeFormSchema.safeParse({ name: 'x'.repeat(51), type: 'STRING', value: 'x'.repeat(2001) }))).toEqual({
      name: 'attributes.validation.nameTooLong',
      value: 'attributes.validation.valueTooLong',
    });
    expect(messagesOf(attributeFormSchema.safeParse({ name: ' ', type: 'BOOLEAN', value: '' }))).toEqual({
      name: 'attributes.validation.nameRequired',
      type: 'attributes.validation.typeRequired',
      value: 'attributes.validation.valueRequired',
    });
  });

  it('sends OBP’s body with trimmed text', () => {
    const body = toAttributeBody(attributeDraft({ name: ' tax_number ', type: 'INTEGER', value: ' 42 ' }));
    expect(postCustomerAttribute.safeParse(body).success).toBe(true);
    expect(body).toEqual({ name: 'tax_number', type: 'INTEGER', value: '42' });
  });

  it('knows OBP’s four types and has a message for each', () => {
    expect(['STRING', 'INTEGER', 'DOUBLE', 'DATE_WITH_DAY'].every(isAttributeType)).toBe(true);
    expect(isAttributeType('BOOLEAN')).toBe(false);
    expect(valueMessageKey('INTEGER')).toBe('attributes.validation.valueINTEGER');
  });
});
