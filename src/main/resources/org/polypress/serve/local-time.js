// Polypress: each <time data-instant datetime="…Z"> is written in the reader's own time zone and language
// (the server writes it in UTC); the date as the source wrote it stays in the element's title.
(function () {
  'use strict';
  var format = new Intl.DateTimeFormat(undefined, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short'
  });
  var times = document.querySelectorAll('time[data-instant]');
  for (var i = 0; i < times.length; i++) {
    var when = new Date(times[i].getAttribute('datetime'));
    if (!isNaN(when.getTime())) {
      times[i].textContent = format.format(when);
      times[i].setAttribute('data-local', '');
    }
  }
})();
