/** The presentation layout works with; defined by the profile layer. */
export { DEFAULT_STYLE, normalisePhrase, type LayoutStyle } from '../profile/style';
