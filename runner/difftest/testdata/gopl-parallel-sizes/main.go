// difftest: same
package main

// The parallel loops of chapter 8 of The Go Programming Language, with
// the thumbnails left out: makeThumbnails3 waits on a channel of empty
// structs, makeThumbnails4 returns the first error (its buffered channel
// lets the other goroutines finish, the leak the book fixes; here
// makeThumbnails5 counts the errors of all), and
// makeThumbnails6 sums the sizes on a channel that a closer goroutine
// closes after a sync.WaitGroup's Wait. "Thumbnails" here are lengths.

import (
	"fmt"
	"strings"
	"sync"
)

// ImageFile makes a "thumbnail" of infile: its name in upper case.
func ImageFile(infile string) (string, error) {
	if !strings.HasSuffix(infile, ".jpg") {
		return "", fmt.Errorf("%s: not a .jpg", infile)
	}
	return strings.ToUpper(strings.TrimSuffix(infile, ".jpg")) + ".thumb.jpg", nil
}

func makeThumbnails3(filenames []string) {
	ch := make(chan struct{})
	for _, f := range filenames {
		go func(f string) {
			ImageFile(f) // NOTE: ignoring errors
			ch <- struct{}{}
		}(f)
	}
	// Wait for goroutines to complete.
	for range filenames {
		<-ch
	}
}

func makeThumbnails5(filenames []string) (thumbfiles []string, err error) {
	type item struct {
		thumbfile string
		err       error
	}
	ch := make(chan item, len(filenames))
	for _, f := range filenames {
		go func(f string) {
			var it item
			it.thumbfile, it.err = ImageFile(f)
			ch <- it
		}(f)
	}
	var errs []string
	for range filenames {
		it := <-ch
		if it.err != nil {
			errs = append(errs, it.err.Error())
			continue
		}
		thumbfiles = append(thumbfiles, it.thumbfile)
	}
	if len(errs) > 0 {
		return thumbfiles, fmt.Errorf("%d failed", len(errs))
	}
	return thumbfiles, nil
}

func makeThumbnails6(filenames <-chan string) int64 {
	sizes := make(chan int64)
	var wg sync.WaitGroup // number of working goroutines
	for f := range filenames {
		wg.Add(1)
		// worker
		go func(f string) {
			defer wg.Done()
			thumb, err := ImageFile(f)
			if err != nil {
				return
			}
			sizes <- int64(len(thumb))
		}(f)
	}
	// closer
	go func() {
		wg.Wait()
		close(sizes)
	}()
	var total int64
	for size := range sizes {
		total += size
	}
	return total
}

func main() {
	files := []string{"a.jpg", "beach.jpg", "notes.txt", "cat.jpg", "x.png"}
	makeThumbnails3(files)
	thumbs, err := makeThumbnails5(files)
	fmt.Println(len(thumbs), err)
	names := make(chan string)
	go func() {
		for _, f := range files {
			names <- f
		}
		close(names)
	}()
	fmt.Println("total size:", makeThumbnails6(names))
}
