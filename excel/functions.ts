/// <reference types="office-js" />
/// <reference types="custom-functions-runtime" />
/**
 * Entry point of functions.js, loaded by the shared-runtime page: it associates every
 * catalogue function with its id in functions.json, then reads the workbook's date system.
 * The metadata is generated from the same catalogue, so ids match by construction, and a
 * test checks both lists against each other on the built files.
 */
import { catalogue } from '../core/index.js';
import { bindFunction } from './binding.js';
import { createDateSystemSetting, detectDateSystem } from './date-system.js';
import { excelId } from './ids.js';

const dateSystem = createDateSystemSetting();

if (typeof CustomFunctions === 'undefined') {
  // The page was opened outside Excel, in a plain browser, so there is nothing to register with.
  console.warn('CS Comp: CustomFunctions is not defined, so no function was registered');
} else {
  for (const definition of catalogue) {
    CustomFunctions.associate(excelId(definition.name), bindFunction(definition, dateSystem));
  }
}

if (typeof Office === 'undefined' || typeof Excel === 'undefined') {
  // Outside Office (a test loading this script) there is no workbook to ask.
  dateSystem.settle('1900');
} else {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      detectDateSystem(dateSystem, (batch) => Excel.run(batch));
    } else {
      dateSystem.settle('1900');
    }
  });
}
