/**
 * Open Board Format (.obf boards, .obz zips): reading a board set into boards of grid
 * cells, and writing boards out as an .obz with the spec's required fields, each image's
 * size and licence.
 *
 * Reading accepts what other readers accept: a board without `format`, an .obz whatever
 * its file is called (it is known by its content), picture paths with a leading "/" (as
 * Cboard writes them). Every board of an .obz is read, the root first, then the boards
 * its buttons open, then any others the zip holds.
 */
export { BoardError, MAX_BOARD_COLUMNS } from './obfShared';
export type { BoardLicence } from '../model/boardLicence';
export { cssColour, licenceOf, type BoardIn, type ButtonIn, type ObfImageIn } from './obfBoard';
export { isObz, isZip, MAX_BOARDS, OBZ_ZIP_LIMITS, readBoard, readBoardSet, type BoardSetIn } from './obfRead';
export { writeObz, type BoardOut, type ButtonOut, type ImageOut } from './obfWrite';
