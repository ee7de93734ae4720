// difftest: same
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	n := 0
	for {
		select {
		case <-ctx.Done():
			results <- id
			return
		default:
			n++
			time.Sleep(time.Millisecond)
		}
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	results := make(chan int, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, results, &wg)
	}
	wg.Wait()
	close(results)
	sum := 0
	for id := range results {
		sum += id
	}
	fmt.Println("all stopped, ids sum to", sum, ctx.Err())
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(fmt.Errorf("shutting down"))
	fmt.Println(ctx2.Err(), context.Cause(ctx2))
}
