/** Registers `<claim-compare>`. */
import { ClaimCompareElement } from '../components/claim-compare/claim-compare.js';

ClaimCompareElement.define();
