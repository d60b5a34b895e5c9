import type { catalogCommands } from '../../../shared/contract';
import type { HandlersOf } from '../server/dispatch';
import type { CatalogService } from './catalog-service';

export function catalogHandlers(catalog: CatalogService): HandlersOf<typeof catalogCommands> {
  return {
    'catalog.list': ({ offset, limit }) => catalog.list(offset, limit),
    'catalog.get': ({ productId }) => catalog.get(productId),
    'catalog.product.create': (input, ctx) => catalog.create(input, ctx.actor),
    'catalog.product.update': (input, ctx) => catalog.update(input, ctx.actor),
    'catalog.product.delete': ({ productId }) => catalog.delete(productId),
    'catalog.image.add': (input) => catalog.addImage(input),
    'catalog.image.remove': ({ imageId }) => catalog.removeImage(imageId),
    'stock.adjust': (input, ctx) => catalog.adjustStock(input, ctx.actor),
    'stock.movements': ({ variantId, limit }) => catalog.movements(variantId, limit),
    'catalog.import.upload': ({ uploadId, part, text }) => catalog.upload(uploadId, part, text),
    'catalog.import.preview': (input) => catalog.importPreview(input),
    'catalog.import.apply': (input, ctx) => catalog.importApply(input, ctx.actor),
    'catalog.export': ({ format }) => catalog.export(format),
  };
}
