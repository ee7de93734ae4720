// difftest: same
package main

// Learn Go with Tests, Mocking: Countdown writes 3, 2, 1, Go! with a
// Sleeper between, a spy that records the order of writes and sleeps,
// and a ConfigurableSleeper with a spy of time.

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"reflect"
	"time"
)

type Sleeper interface {
	Sleep()
}

const (
	finalWord      = "Go!"
	countdownStart = 3
	write          = "write"
	sleep          = "sleep"
)

func Countdown(out io.Writer, sleeper Sleeper) {
	for i := countdownStart; i > 0; i-- {
		fmt.Fprintln(out, i)
		sleeper.Sleep()
	}
	fmt.Fprint(out, finalWord)
}

type SpyCountdownOperations struct {
	Calls []string
}

func (s *SpyCountdownOperations) Sleep() {
	s.Calls = append(s.Calls, sleep)
}

func (s *SpyCountdownOperations) Write(p []byte) (n int, err error) {
	s.Calls = append(s.Calls, write)
	return
}

type ConfigurableSleeper struct {
	duration time.Duration
	sleep    func(time.Duration)
}

func (c *ConfigurableSleeper) Sleep() {
	c.sleep(c.duration)
}

type SpyTime struct {
	durationSlept time.Duration
}

func (s *SpyTime) Sleep(duration time.Duration) {
	s.durationSlept += duration
}

func main() {
	buffer := &bytes.Buffer{}
	Countdown(buffer, &SpyCountdownOperations{})
	fmt.Printf("%q\n", buffer.String())

	spy := &SpyCountdownOperations{}
	Countdown(spy, spy)
	want := []string{write, sleep, write, sleep, write, sleep, write}
	fmt.Println(spy.Calls, reflect.DeepEqual(want, spy.Calls))

	spyTime := &SpyTime{}
	sleeper := ConfigurableSleeper{5 * time.Second, spyTime.Sleep}
	sleeper.Sleep()
	sleeper.Sleep()
	fmt.Println(spyTime.durationSlept)

	real := &ConfigurableSleeper{time.Millisecond, time.Sleep}
	Countdown(os.Stdout, real)
	fmt.Println()
}
