// difftest: same
package main

// Learn Go with Tests, Maths: the clock face's second, minute and hour
// hands as points from the angle in radians, compared within a tolerance,
// and the SVG lines they make for a few fixed times.

import (
	"fmt"
	"math"
	"os"
	"time"
)

type Point struct {
	X float64
	Y float64
}

const (
	secondHandLength = 90
	minuteHandLength = 80
	hourHandLength   = 50
	clockCentreX     = 150
	clockCentreY     = 150
)

const (
	secondsInHalfClock = 30
	secondsInClock     = 2 * secondsInHalfClock
	minutesInHalfClock = 30
	minutesInClock     = 2 * minutesInHalfClock
	hoursInHalfClock   = 6
	hoursInClock       = 2 * hoursInHalfClock
)

func SecondsInRadians(t time.Time) float64 {
	return math.Pi / (secondsInHalfClock / float64(t.Second()))
}

func MinutesInRadians(t time.Time) float64 {
	return (SecondsInRadians(t) / minutesInClock) + (math.Pi / (minutesInHalfClock / float64(t.Minute())))
}

func HoursInRadians(t time.Time) float64 {
	return (MinutesInRadians(t) / hoursInClock) + (math.Pi / (hoursInHalfClock / float64(t.Hour()%12)))
}

func angleToPoint(angle float64) Point {
	return Point{math.Sin(angle), math.Cos(angle)}
}

func makeHand(p Point, length float64) Point {
	p = Point{p.X * length, p.Y * length}
	p = Point{p.X, -p.Y}
	return Point{p.X + clockCentreX, p.Y + clockCentreY}
}

func roughlyEqualFloat64(a, b float64) bool {
	const equalityThreshold = 1e-7
	return math.Abs(a-b) < equalityThreshold
}

func roughlyEqualPoint(a, b Point) bool {
	return roughlyEqualFloat64(a.X, b.X) && roughlyEqualFloat64(a.Y, b.Y)
}

func simpleTime(hours, minutes, seconds int) time.Time {
	return time.Date(312, time.October, 28, hours, minutes, seconds, 0, time.UTC)
}

func main() {
	cases := []struct {
		time  time.Time
		point Point
	}{
		{simpleTime(0, 0, 30), Point{0, -1}},
		{simpleTime(0, 0, 45), Point{-1, 0}},
		{simpleTime(0, 30, 0), Point{0, -1}},
		{simpleTime(6, 0, 0), Point{0, -1}},
		{simpleTime(21, 0, 0), Point{-1, 0}},
	}
	for i, c := range cases {
		var got Point
		switch {
		case i < 2:
			got = angleToPoint(SecondsInRadians(c.time))
		case i < 3:
			got = angleToPoint(MinutesInRadians(c.time))
		default:
			got = angleToPoint(HoursInRadians(c.time))
		}
		fmt.Println(c.time.Format("15:04:05"), roughlyEqualPoint(got, c.point))
	}
	t := simpleTime(10, 8, 37)
	for _, h := range []struct {
		name   string
		angle  float64
		length float64
	}{{"second", SecondsInRadians(t), secondHandLength}, {"minute", MinutesInRadians(t), minuteHandLength}, {"hour", HoursInRadians(t), hourHandLength}} {
		p := makeHand(angleToPoint(h.angle), h.length)
		fmt.Fprintf(os.Stdout, `<line x1="150" y1="150" x2="%.3f" y2="%.3f" class="%s"/>`+"\n", p.X, p.Y, h.name)
	}
	fmt.Printf("%v %.4f\n", angleToPoint(math.Pi/4), HoursInRadians(t))
}
