// Build-time stand-in for `Intl.Segmenter` in the modules that create one when they load
// (Ink's ANSI tokenizers, string-width). The first real segmenter loads ICU's break-iterator
// data, ~45 ms of start-up before the first frame. Text in which every UTF-16 unit is a
// grapheme of its own (the ranges below hold no combining marks, joiners, variation
// selectors, Hangul jamo or surrogates; a CR LF pair is the one two-unit grapheme in them)
// is split unit by unit, as ICU would split it; anything else goes to a real segmenter,
// created the first time it is needed.
const ONE_UNIT_GRAPHEMES = /^[\0-\x7f\xa0-\u02ff\u0370-\u03ff\u2010-\u205e\u2070-\u209f\u2190-\u23ff\u2500-\u27bf\u3000-\u3029\u4e00-\u9fff\uff01-\uff60]*$/;

export class LazySegmenter {
  #options;
  #real;

  constructor(...options) {
    this.#options = options;
  }

  segment(input) {
    input = String(input);
    if (!ONE_UNIT_GRAPHEMES.test(input) || input.includes('\r\n')) {
      this.#real ??= new Intl.Segmenter(...this.#options);
      return this.#real.segment(input);
    }
    return {
      *[Symbol.iterator]() {
        for (let index = 0; index < input.length; index++) yield { segment: input[index], index, input };
      },
      containing(index = 0) {
        const at = Math.trunc(Number(index) || 0);
        return at >= 0 && at < input.length ? { segment: input[at], index: at, input } : undefined;
      },
    };
  }
}
