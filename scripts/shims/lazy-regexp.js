// Build-time stand-in for the Unicode-property regular expressions string-width creates when
// it loads. V8 builds a /v expression's character sets as it is created: \p{RGI_Emoji} alone
// costs 15–40 ms, paid by every command at start-up (yargs' help layout and Ink both measure
// text with string-width), although text our fast path measures never reaches them. This one
// is created the first time it is used, and then behaves as the real one for the uses
// string-width makes of it: test, String.prototype.search and String.prototype.match.
export class LazyRegExp {
  #source;
  #flags;
  #real;

  constructor(source, flags) {
    this.#source = source;
    this.#flags = flags;
  }

  get #regExp() {
    this.#real ??= new RegExp(this.#source, this.#flags);
    return this.#real;
  }

  get lastIndex() {
    return this.#regExp.lastIndex;
  }

  set lastIndex(value) {
    this.#regExp.lastIndex = value;
  }

  test(text) {
    return this.#regExp.test(text);
  }

  exec(text) {
    return this.#regExp.exec(text);
  }

  [Symbol.search](text) {
    return this.#regExp[Symbol.search](text);
  }

  [Symbol.match](text) {
    return this.#regExp[Symbol.match](text);
  }
}
