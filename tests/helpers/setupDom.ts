import 'vitest-canvas-mock';
import 'fake-indexeddb/auto';
import '../../src/i18n';
