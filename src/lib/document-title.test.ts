import { describe, expect, it } from 'vitest';
import { documentTitle } from './document-title';

describe('documentTitle', () => {
  it('names the record and tab before the product', () => {
    expect(documentTitle(['Eveline Tripman', 'KYC'], 'Customer Desk')).toBe('Eveline Tripman · KYC — Customer Desk');
  });
  it('leaves out what is not known yet', () => {
    expect(documentTitle([undefined, 'Meetings'], 'Customer Desk')).toBe('Meetings — Customer Desk');
    expect(documentTitle([], 'Customer Desk')).toBe('Customer Desk');
  });
});
