import { newId } from '../../model/ids';
import { addAsset, addElements } from '../../model/operations';
import type { Asset, ImageElement } from '../../model/schema';
import { defineCommand } from './command';
import { nextPlacement } from './placement';

/** Places a picture the user brought (already downscaled, EXIF-free), 60 mm on its long side. */
export const addImage = defineCommand<{ asset: Asset; x?: number; y?: number }>({
  id: 'addImage',
  labelKey: 'command.addImage',
  history: true,
  run: (ed, { asset, x, y }) => {
    const k = 60 / Math.max(asset.width, asset.height);
    const width = Math.max(10, Math.round(asset.width * k));
    const height = Math.max(10, Math.round(asset.height * k));
    const at = x !== undefined && y !== undefined ? { x: x - width / 2, y: y - height / 2 } : nextPlacement(ed, width, height);
    const el: ImageElement = { id: newId('e'), type: 'image', x: at.x, y: at.y, width, height, rotation: 0, assetId: asset.id, crop: 'none' };
    ed.change((d) => addElements(addAsset(d, asset), ed.page.id, [el]), { select: [el.id] });
  },
});
