// difftest: same
package main

// The Go Programming Language, 8.5: making thumbnails in parallel, with
// the book's variants: a loop of goroutines waited for on a channel, the
// first error returned (with a buffered channel so that no goroutine
// leaks), and the total size summed with a WaitGroup and a closer
// goroutine; the image work is a function of the file name.

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

func ImageFile(infile string) (string, error) {
	if !strings.HasSuffix(infile, ".jpg") {
		return "", fmt.Errorf("thumbnail: %s: not a JPEG", infile)
	}
	time.Sleep(time.Duration(len(infile)) * time.Millisecond)
	return strings.TrimSuffix(infile, ".jpg") + ".thumb.jpg", nil
}

func makeThumbnails3(filenames []string) {
	ch := make(chan struct{})
	for _, f := range filenames {
		go func(f string) {
			ImageFile(f)
			ch <- struct{}{}
		}(f)
	}
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
	for range filenames {
		it := <-ch
		if it.err != nil {
			return nil, it.err
		}
		thumbfiles = append(thumbfiles, it.thumbfile)
	}
	return thumbfiles, nil
}

func makeThumbnails6(filenames <-chan string) int64 {
	sizes := make(chan int64)
	var wg sync.WaitGroup
	for f := range filenames {
		wg.Add(1)
		go func(f string) {
			defer wg.Done()
			thumb, err := ImageFile(f)
			if err != nil {
				return
			}
			sizes <- int64(len(thumb) * 100)
		}(f)
	}
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
	files := []string{"a.jpg", "beach.jpg", "cat.jpg", "dog.jpg"}
	makeThumbnails3(files)
	fmt.Println("made", len(files))

	thumbs, err := makeThumbnails5(files)
	sort.Strings(thumbs)
	fmt.Println(thumbs, err)
	_, err = makeThumbnails5([]string{"a.jpg", "notes.txt"})
	fmt.Println(err)

	ch := make(chan string)
	go func() {
		for _, f := range append(files, "readme.md") {
			ch <- f
		}
		close(ch)
	}()
	fmt.Println(makeThumbnails6(ch))
}
