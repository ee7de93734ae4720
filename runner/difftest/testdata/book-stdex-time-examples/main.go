// difftest: same
package main

// The time package's examples on fixed dates: Duration's String, Round,
// Truncate, Hours and Minutes; ParseDuration; Date normalising October
// 32nd; Format and Parse with the reference layouts and their errors;
// AddDate, Sub, Month and Weekday names.

import (
	"fmt"
	"time"
)

func main() {
	d, err := time.ParseDuration("1h15m30.918273645s")
	if err != nil {
		panic(err)
	}
	round := []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 10 * time.Minute, time.Hour}
	for _, r := range round {
		fmt.Printf("d.Round(%6s) = %s\n", r, d.Round(r).String())
	}
	for _, r := range round[3:] {
		fmt.Printf("d.Truncate(%6s) = %s\n", r, d.Truncate(r).String())
	}
	fmt.Printf("%.2f %.1f %d\n", d.Hours(), d.Minutes(), d.Milliseconds())
	for _, s := range []string{"1.5h", "-2m3.5s", "300ms", "1µs", "bogus", "1d"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	fmt.Println(time.Duration(0), time.Duration(1), 1500*time.Microsecond, -90*time.Second)

	t := time.Date(2009, time.October, 32, 23, 0, 0, 0, time.UTC)
	fmt.Printf("Go launched at %s\n", t.Local().UTC())
	fmt.Println(t.Month(), t.Day(), t.Weekday(), t.YearDay())

	layouts := []string{time.ANSIC, time.UnixDate, time.RFC822, time.RFC1123, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.DateTime, time.DateOnly, "Mon Jan _2 2006", "2006-01-02T15:04:05.000Z07:00", "3:04PM on Jan 2", "06/1/2"}
	ts := time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.FixedZone("EST", -5*3600))
	for _, l := range layouts {
		fmt.Println(ts.Format(l))
	}
	p, err := time.Parse(time.RFC3339, "2006-01-02T15:04:05+07:00")
	fmt.Println(p, err, p.UTC())
	_, err = time.Parse(time.RFC3339, "2006-01-02 15:04:05")
	fmt.Println(err)
	_, err = time.Parse("2006-01-02", "2023-02-30")
	fmt.Println(err)
	p2, err := time.ParseInLocation("Jan 2, 2006 at 3:04pm", "Jul 9, 2012 at 5:02am", time.UTC)
	fmt.Println(p2, err)

	start := time.Date(2024, time.January, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println(start.AddDate(0, 1, 0).Format(time.DateOnly), start.AddDate(1, 0, 0).Format(time.DateOnly), start.AddDate(0, 0, -31).Format(time.DateOnly))
	end := time.Date(2024, time.December, 25, 12, 0, 0, 0, time.UTC)
	fmt.Println(end.Sub(start), end.Sub(start).Hours()/24, start.Before(end))
	fmt.Println(time.March.String(), time.Saturday, time.Month(13), time.Weekday(8))
	fmt.Println(ts.Unix(), ts.UTC().Format(time.RFC3339Nano), ts.IsZero(), time.Time{}.IsZero(), time.Time{})
}
