// difftest: same
package main

// A pipeline of stages cancelled by context.WithCancelCause when enough
// lines have come, its error coming back on a channel of one.

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

func lines(ctx context.Context, text string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, l := range strings.Split(text, "\n") {
			select {
			case out <- l:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func upper(ctx context.Context, in <-chan string) (<-chan string, <-chan error) {
	out := make(chan string)
	errc := make(chan error, 1)
	go func() {
		defer close(out)
		defer close(errc)
		for l := range in {
			if ctx.Err() != nil {
				break
			}
			if l == "" {
				errc <- errors.New("empty line")
				return
			}
			select {
			case out <- strings.ToUpper(l):
			case <-ctx.Done():
				errc <- context.Cause(ctx)
				return
			}
		}
		// Cancelled, the stage stops between lines or when the first
		// stage closes its channel, whichever select chose: the cause is
		// its error either way.
		if ctx.Err() != nil {
			errc <- context.Cause(ctx)
		}
	}()
	return out, errc
}

func run(text string, limit int) ([]string, error) {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	out, errc := upper(ctx, lines(ctx, text))
	var got []string
	for l := range out {
		got = append(got, l)
		if len(got) == limit {
			cancel(fmt.Errorf("limit %d reached", limit))
			for range out {
			}
		}
	}
	return got, <-errc
}

func main() {
	fmt.Println(run("a\nb\nc", 10))
	fmt.Println(run("a\n\nc", 10))
	got, err := run("a\nb\nc\nd", 2)
	fmt.Println(got, err)
}
