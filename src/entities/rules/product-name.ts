import type { NameMention } from '../../types.js';
import { CAR_MAKERS, CAR_MODELS, CAR_MODELS_AFTER_MAKER, PRODUCTS } from '../../data/products.js';
import { alternation } from '../../data/vocab.js';
import { ORG_HEADS } from '../data/organizations.js';

// Then perhaps its model or version: a number or capitalised words ("Xbox One X", "iPhone 11",
// "Camry Hybrid").
const VERSION = String.raw`(?: (?:\d+\w*|[\p{Lu}\d][\p{L}\d]*)){0,3}`;
// A car is its model alone ("Prius"), or its maker and model ("Toyota Prius", "Nissan Leaf").
const CAR = `(?:${alternation(CAR_MAKERS)} )?${alternation(CAR_MODELS)}|${alternation(CAR_MAKERS)} ${alternation(CAR_MODELS_AFTER_MAKER)}`;
const PRODUCT = new RegExp(`^(?:${alternation(PRODUCTS)}|${CAR})${VERSION}$`, 'u');

// A name in capitals is matched whatever its case: "NISSAN SENTRA" in a listing's heading.
const PRODUCT_IN_CAPS = new RegExp(PRODUCT.source, 'iu');

// "Mustang Capital Partners" is a firm named after the car: an organisation's head word says so.
const isProduct = (text: string): boolean =>
  (PRODUCT.test(text) || (text === text.toUpperCase() && PRODUCT_IN_CAPS.test(text))) &&
  !text.split(' ').some((w) => ORG_HEADS.has(w));

/** Refiner: a well-known product is no name (data/products.ts says which, and why). */
export function withoutProducts(names: NameMention[]): NameMention[] {
  return names.filter((m) => !isProduct(m.text));
}
