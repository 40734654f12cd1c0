// Progressive enhancement of the filing pages: the derived figures follow what is typed, and the staff
// page shows only the way of counting that was chosen. Without this script the pages show the figures
// the portal computed from the saved data, which this script never replaces.
//
// Arithmetic is exact: amounts become integer fen (BigInt). Counted R&D needs 80% and a cap of a quarter
// of a base, so it is kept in twentieths of a fen, where every step of hte-rules.md §3.2 is an integer.
(function () {
  'use strict';

  var SEPARATORS = /[,\uFF0C\s\u00A0\u2009\u202F\u3000]/g;
  var AMOUNT = /^\+?(\d+)(?:\.(\d{0,2}))?$/;
  var NONE = '—';

  /** Fen typed in a field: 0n when empty, null when it is not a non-negative amount with ≤ 2 decimals. */
  function fen(form, name) {
    var input = form.elements[name];
    var text = input ? input.value.replace(SEPARATORS, '') : '';
    if (text === '') {
      return 0n;
    }
    var match = AMOUNT.exec(text);
    if (!match) {
      return null;
    }
    var decimals = ((match[2] || '') + '00').slice(0, 2);
    return BigInt(match[1]) * 100n + BigInt(decimals);
  }

  function typed(form, name) {
    var input = form.elements[name];
    return input !== undefined && input.value.replace(SEPARATORS, '') !== '';
  }

  /** Yuan as the server shows it: separators, at least 2 and at most 4 decimals (exact here). */
  function yuan(units, perYuan) {
    var negative = units < 0n;
    var value = negative ? -units : units;
    var whole = (value / perYuan).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    var fraction = ((value % perYuan) * (10000n / perYuan)).toString().padStart(4, '0').replace(/0{1,2}$/, '');
    return (negative ? '-' : '') + whole + '.' + fraction;
  }

  /** A ratio rounded half up to 4 decimals, shown as a percentage, as the server rounds it. */
  function percent(part, whole) {
    var scaled = (2n * part * 10000n + whole) / (2n * whole);
    return (scaled / 100n).toString() + '.' + (scaled % 100n).toString().padStart(2, '0') + '%';
  }

  function show(form, key, text) {
    var cell = form.querySelector('[data-live="' + key + '"]');
    if (cell) {
      cell.textContent = text;
    }
  }

  function financials(form) {
    var pairs = {
      salesRevenue: ['financials.mainBusinessRevenue', 'financials.otherBusinessRevenue', 1n],
      totalIncome: ['financials.totalRevenue', 'financials.nonTaxableIncome', -1n]
    };
    Object.keys(pairs).forEach(function (key) {
      var pair = pairs[key];
      var a = fen(form, pair[0]);
      var b = fen(form, pair[1]);
      var known = typed(form, pair[0]) && typed(form, pair[1]) && a !== null && b !== null;
      show(form, key, known ? yuan(a + pair[2] * b, 100n) : NONE);
    });
  }

  var INTERNAL = ['personnel', 'directInput', 'depreciationAndLongTermPrepaid', 'intangibleAmortization',
    'design', 'equipmentDebuggingAndTrial'];
  var COUNTED = ['internalNonOther', 'outsourcedCounted', 'otherCap', 'otherCounted', 'rdCounted', 'domesticCounted'];

  function rdSpend(form) {
    var amounts = {};
    var valid = INTERNAL.concat(['other', 'outsourcedDomestic', 'outsourcedForeign']).every(function (name) {
      amounts[name] = fen(form, 'rdSpend.' + name);
      return amounts[name] !== null;
    });
    if (!valid) {
      COUNTED.concat(['domesticShare']).forEach(function (key) { show(form, key, NONE); });
      return;
    }
    var internal = INTERNAL.reduce(function (sum, name) { return sum + amounts[name]; }, 0n);
    var outsourced = amounts.outsourcedDomestic + amounts.outsourcedForeign;
    // In twentieths of a fen: 80% of x is 16x, a quarter of (internal + 80% outsourced) is 5i + 4o.
    var figures = {
      internalNonOther: 20n * internal,
      outsourcedCounted: 16n * outsourced,
      otherCap: 5n * internal + 4n * outsourced
    };
    var other = 20n * amounts.other;
    figures.otherCounted = other < figures.otherCap ? other : figures.otherCap;
    figures.rdCounted = figures.internalNonOther + figures.otherCounted + figures.outsourcedCounted;
    figures.domesticCounted = figures.internalNonOther + figures.otherCounted + 16n * amounts.outsourcedDomestic;
    COUNTED.forEach(function (key) { show(form, key, yuan(figures[key], 2000n)); });
    show(form, 'domesticShare', figures.rdCounted === 0n ? NONE : percent(figures.domesticCounted, figures.rdCounted));
  }

  /** Shows only the fields of the chosen way of counting staff; both stay visible until one is chosen. */
  function staff(form) {
    var chosen = form.querySelector('input[name="staff.mode"]:checked');
    form.querySelectorAll('[data-mode-panel]').forEach(function (panel) {
      panel.hidden = chosen !== null && panel.getAttribute('data-mode-panel') !== chosen.value;
    });
  }

  var UPDATES = { 'financials': financials, 'rd-spend': rdSpend, 'staff': staff };

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof BigInt === 'undefined') {
      return;
    }
    document.querySelectorAll('form[data-figures]').forEach(function (form) {
      var update = UPDATES[form.getAttribute('data-figures')];
      if (!update) {
        return;
      }
      form.querySelectorAll('[data-live-part]').forEach(function (part) { part.hidden = false; });
      form.addEventListener('input', function () { update(form); });
      form.addEventListener('change', function () { update(form); });
      update(form);
    });
  });
}());
