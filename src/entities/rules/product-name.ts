import type { NameMention } from '../../types.js';
import { PRODUCTS } from '../../data/products.js';
import { alternation } from '../../data/vocab.js';

// The product, then perhaps its model: a number or capitalised words ("Xbox One X", "iPhone 11").
const PRODUCT = new RegExp(`^${alternation(PRODUCTS)}(?: (?:\\d+\\w*|[\\p{Lu}\\d][\\p{L}\\d]*)){0,3}$`, 'u');

/** Refiner: a well-known product is no name (data/products.ts says which, and why). */
export function withoutProducts(names: NameMention[]): NameMention[] {
  return names.filter((m) => !PRODUCT.test(m.text));
}
