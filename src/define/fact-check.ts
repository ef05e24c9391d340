/** Registers `<fact-check>`. */
import { FactCheckElement } from '../components/fact-check/fact-check.js';

FactCheckElement.define();
