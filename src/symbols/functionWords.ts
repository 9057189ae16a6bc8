/**
 * Words that carry grammar rather than meaning. In key-words mode they get no symbol.
 * Negation and modals (not, must, can't, won't) are kept out of this list on purpose:
 * "you must not" without its "not" says the opposite.
 */
export const FUNCTION_WORDS = new Set(
  (
    'a an the of to in on at by for with from about as into onto than that this these those is are was were be been being am ' +
    'it its there here which who whom whose what when where why how has have had do does did and or but if so because ' +
    'up down out off over under also just very too some any all each both more most such only own same than ' +
    'will shall would should could may might i me my mine you your yours we us our ours they them their theirs he him his ' +
    'she her hers it itself myself yourself himself herself ourselves themselves one ones get got let lets'
  ).split(' '),
);

/** Pronouns and "be": symbolised in every-word mode, skipped in key-words mode. */
export const isFunctionWord = (lemma: string): boolean => FUNCTION_WORDS.has(lemma);
