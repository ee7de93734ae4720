// difftest: same
package main

// time.Duration arithmetic and printing (String, Round, Truncate, Hours,
// ParseDuration and its errors, a sum of durations, integer times a
// duration), and contexts with deadlines: WithTimeout expiring
// (DeadlineExceeded and its Timeout method), WithDeadlineCause,
// WithoutCancel, and a worker that stops on ctx.Done, with no wall clock
// printed.

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func work(ctx context.Context, steps int, each time.Duration) (int, error) {
	for i := range steps {
		select {
		case <-ctx.Done():
			return i, fmt.Errorf("step %d: %w", i, ctx.Err())
		case <-time.After(each):
		}
	}
	return steps, nil
}

func main() {
	ds := []time.Duration{1500 * time.Millisecond, 90 * time.Minute, 3*time.Hour + 25*time.Second, 999 * time.Nanosecond, -2 * time.Microsecond, 0}
	var total time.Duration
	for _, d := range ds {
		total += d
		fmt.Printf("%v\t%s\t%.3f h\t%d\n", d, d.Round(time.Second), d.Hours(), d.Milliseconds())
	}
	fmt.Println("total", total, total.Truncate(time.Minute), total/3, 3*time.Second*2)
	for _, s := range []string{"1h2m3.5s", "-1.5us", "300ms", "2d", "", "1e3s"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	n, err := work(ctx, 100, 5*time.Millisecond)
	var te interface{ Timeout() bool }
	fmt.Println(n < 100, err != nil, errors.Is(err, context.DeadlineExceeded), errors.As(err, &te) && te.Timeout())
	fmt.Println(ctx.Err(), context.Cause(ctx))
	_, has := ctx.Deadline()
	fmt.Println("has deadline", has)

	errSlow := errors.New("backend too slow")
	dctx, dcancel := context.WithDeadlineCause(context.Background(), time.Now().Add(10*time.Millisecond), errSlow)
	defer dcancel()
	<-dctx.Done()
	fmt.Println(dctx.Err(), "|", context.Cause(dctx))

	detached := context.WithoutCancel(ctx)
	_, has = detached.Deadline()
	fmt.Println("detached:", detached.Err(), has)

	quick, qcancel := context.WithTimeout(context.Background(), time.Second)
	n, err = work(quick, 3, time.Millisecond)
	qcancel()
	fmt.Println(n, err, quick.Err())
}
