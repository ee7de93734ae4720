// difftest: same
package main

// Go by Example, Time and Epoch, on a fixed instant instead of now: the
// parts of a time, comparisons, the duration between two times in
// several units, Add, and seconds, milliseconds and nanoseconds since the
// Unix epoch and back.

import (
	"fmt"
	"time"
)

func main() {
	p := fmt.Println
	now := time.Date(2024, 2, 29, 13, 45, 30, 123456789, time.UTC)
	then := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	p(then)
	p(then.Year(), then.Month(), then.Day(), then.Hour(), then.Minute(), then.Second(), then.Nanosecond(), then.Location())
	p(then.Weekday(), now.Weekday(), now.YearDay())
	p(then.Before(now), then.After(now), then.Equal(now))

	diff := now.Sub(then)
	p(diff)
	p(diff.Hours(), diff.Minutes(), diff.Seconds(), diff.Nanoseconds())
	p(then.Add(diff), then.Add(-diff))

	p(now.Unix(), now.UnixMilli(), now.UnixNano())
	p(time.Unix(now.Unix(), 0).UTC())
	p(time.Unix(0, now.UnixNano()).UTC())
	p(time.UnixMilli(1700000000000).UTC())

	loc := time.FixedZone("CET", 3600)
	p(now.In(loc), now.In(loc).Format(time.Kitchen))
	y, w := now.ISOWeek()
	p(y, w, now.Month() == time.February, time.March-now.Month())
	p(now.Truncate(time.Hour), now.Round(time.Minute))
	p(time.Duration(1500)*time.Millisecond, 90*time.Second, 36*time.Hour+time.Nanosecond)
}
