// difftest: same
package main

// Go by Example, Time, Epoch and Time Formatting / Parsing, on fixed
// times: layouts, parsing with errors, zones, arithmetic and comparison.

import (
	"fmt"
	"time"
)

func main() {
	p := fmt.Println
	then := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	p(then)
	p(then.Year(), then.Month(), then.Day(), then.Hour(), then.Minute(), then.Second(), then.Nanosecond(), then.Location())
	p(then.Weekday())
	later := then.Add(90*time.Minute + 3*time.Second)
	p(then.Before(later), then.After(later), then.Equal(later))
	diff := later.Sub(then)
	p(diff, diff.Hours(), diff.Minutes(), diff.Seconds())
	p(then.Add(-diff))
	p(then.AddDate(0, 1, 20).Format(time.DateOnly))

	p(then.Unix(), then.UnixMilli(), then.UnixNano())
	p(time.Unix(then.Unix(), 0).UTC())
	p(time.UnixMilli(1700000000123).UTC())

	p(then.Format(time.RFC3339))
	p(then.Format(time.RFC3339Nano))
	p(then.Format("3:04PM"))
	p(then.Format("Mon Jan _2 15:04:05 2006"))
	p(then.Format("2006-01-02T15:04:05.999999-07:00"))
	p(then.Format(time.Kitchen), then.Format(time.ANSIC), then.Format(time.DateTime))
	fmt.Printf("%d-%02d-%02dT%02d:%02d:%02d-00:00\n",
		then.Year(), then.Month(), then.Day(), then.Hour(), then.Minute(), then.Second())

	t1, e := time.Parse(time.RFC3339, "2012-11-01T22:08:41+00:00")
	p(t1, e)
	t2, e := time.Parse("3 04 PM", "8 41 PM")
	p(t2, e)
	_, e = time.Parse("Mon Jan _2 15:04:05 2006", "8:41PM")
	p(e)
	_, e = time.Parse(time.DateOnly, "2023-02-30")
	p(e)

	zone := time.FixedZone("CET", 3600)
	inZone := then.In(zone)
	p(inZone, inZone.Format(time.RFC1123Z))
	t3, e := time.ParseInLocation("2006-01-02 15:04", "2024-03-10 09:30", zone)
	p(t3, e, t3.UTC())
	p(then.Truncate(time.Hour), then.Round(time.Minute))
	p(time.Duration(1500)*time.Millisecond, 2*time.Hour+3*time.Millisecond)
	d, e := time.ParseDuration("1h15m30.5s")
	p(d, d.Seconds(), e)
	_, e = time.ParseDuration("ten minutes")
	p(e)
	var zero time.Time
	p(zero.IsZero(), zero)
	year, week := then.ISOWeek()
	p(then.YearDay(), year, week)
}
