// difftest: same
package main

// Calendar arithmetic on fixed dates, as a scheduling exercise does it:
// AddDate's normalisation, month lengths, weekdays, durations between
// dates, truncation to days, and sorting times.

import (
	"fmt"
	"sort"
	"time"
)

func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func nextWeekday(t time.Time, wd time.Weekday) time.Time {
	d := (int(wd) - int(t.Weekday()) + 7) % 7
	if d == 0 {
		d = 7
	}
	return t.AddDate(0, 0, d)
}

func main() {
	jan31 := time.Date(2024, time.January, 31, 9, 0, 0, 0, time.UTC)
	fmt.Println(jan31.AddDate(0, 1, 0).Format(time.DateOnly))
	fmt.Println(jan31.AddDate(1, 1, 0).Format(time.DateOnly))
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 0, 0, time.UTC))
	for _, y := range []int{1900, 2000, 2023, 2024} {
		fmt.Print(y, ":", daysIn(time.February, y), " ")
	}
	fmt.Println()
	fmt.Println(nextWeekday(jan31, time.Monday).Format("Mon 2 Jan"), nextWeekday(jan31, time.Wednesday).Format("Mon 2 Jan"))

	start := time.Date(2024, 3, 9, 22, 30, 0, 0, time.UTC)
	end := time.Date(2024, 3, 11, 1, 15, 30, 0, time.UTC)
	d := end.Sub(start)
	fmt.Println(d, d.Hours(), int(d.Hours()/24), d.Round(time.Hour), d.Truncate(time.Hour))
	fmt.Println(start.Truncate(24*time.Hour).Format(time.DateTime), start.Month(), start.Weekday(), start.YearDay())
	y, w := start.ISOWeek()
	fmt.Println(y, w, start.Month() == time.March, time.Saturday.String())

	meetings := []time.Time{end, start, jan31, start.Add(time.Hour)}
	sort.Slice(meetings, func(i, j int) bool { return meetings[i].Before(meetings[j]) })
	for _, m := range meetings {
		fmt.Println(m.Format("2006-01-02 15:04"), m.Compare(start))
	}
	deadline := start.Add(36 * time.Hour)
	fmt.Println(deadline.After(end), deadline.Equal(start.AddDate(0, 0, 1).Add(12*time.Hour)))
	tz := time.FixedZone("UTC-5", -5*3600)
	local := start.In(tz)
	fmt.Println(local.Format(time.RFC822Z), local.Day(), local.Equal(start))
	fmt.Println(time.Duration(90)*time.Minute, time.Duration(1)*time.Nanosecond, 36*time.Hour+time.Millisecond)
	fmt.Printf("%.1f %d %v\n", (150 * time.Second).Minutes(), (3 * time.Hour).Milliseconds(), time.Duration(0))
	fmt.Println(time.UnixMilli(0).UTC().Format(time.RFC1123), time.Unix(1<<31, 0).UTC().Year())
}
