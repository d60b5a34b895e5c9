export { ShippingService, type ShippingServiceDeps } from './shipping-service';
export { pickList, pickListCsv, PICK_LIST_COLUMNS } from './pick-list';
export { PRESET_COLUMNS, presetColumns, shippingExport } from './presets';
export { readTrackingCsv } from './tracking';
export { packingSlips, shippingViews } from './views';
