import { describe, expect, it } from 'vitest';
import { required } from '../../../src/components/validator/dom.ts';

// Stand-ins for DOM classes (the unit project runs without a DOM): `required` only needs
// `querySelector` and `instanceof`.
class FakeElement {}
class FakeInput extends FakeElement {}

const root = {
  querySelector(selector: string): unknown {
    if (selector === '[data-files]') return new FakeInput();
    if (selector === '[data-drop]') return new FakeElement();
    return null;
  },
};

describe('required(root, selector, type)', () => {
  it('returns the element when it is of the expected type', () => {
    expect(required(root, '[data-files]', FakeInput)).toBeInstanceOf(FakeInput);
    expect(required(root, '[data-files]', FakeElement)).toBeInstanceOf(FakeInput);
  });

  it('throws naming the selector when the element is of another type', () => {
    expect(() => required(root, '[data-drop]', FakeInput)).toThrow(
      '[data-drop] is not a FakeInput in the page',
    );
  });

  it('throws naming the selector when the page lacks it (a renamed attribute)', () => {
    expect(() => required(root, '[data-file]', FakeInput)).toThrow(
      '[data-file] is not in the page',
    );
  });
});
