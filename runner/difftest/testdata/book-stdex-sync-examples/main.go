// difftest: same
package main

// The sync package's examples: a WaitGroup over fetches, Once run by ten
// goroutines, a Pool of buffers for a Log function, RWMutex readers and
// a writer, sync.Map's Load, Store, LoadOrStore and Range, and
// OnceValue.

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
)

var bufPool = sync.Pool{
	New: func() any {
		return new(bytes.Buffer)
	},
}

func timeNow() time.Time {
	return time.Unix(1136214245, 0).UTC()
}

func Log(w io.Writer, key, val string) {
	b := bufPool.Get().(*bytes.Buffer)
	b.Reset()
	b.WriteString(timeNow().Format(time.RFC3339))
	b.WriteByte(' ')
	b.WriteString(key)
	b.WriteByte('=')
	b.WriteString(val)
	b.WriteByte('\n')
	w.Write(b.Bytes())
	bufPool.Put(b)
}

func main() {
	var wg sync.WaitGroup
	var urls = []string{"http://www.golang.org/", "http://www.google.com/", "http://www.example.com/"}
	var mu sync.Mutex
	fetched := []string{}
	for _, url := range urls {
		wg.Add(1)
		go func(url string) {
			defer wg.Done()
			mu.Lock()
			fetched = append(fetched, strings.TrimPrefix(url, "http://www."))
			mu.Unlock()
		}(url)
	}
	wg.Wait()
	sort.Strings(fetched)
	fmt.Println(fetched)

	var once sync.Once
	onceBody := func() {
		fmt.Println("Only once")
	}
	done := make(chan bool)
	for i := 0; i < 10; i++ {
		go func() {
			once.Do(onceBody)
			done <- true
		}()
	}
	for i := 0; i < 10; i++ {
		<-done
	}

	Log(os.Stdout, "path", "/search?q=flowers")

	var rw sync.RWMutex
	counts := map[string]int{}
	var rwg sync.WaitGroup
	for i := 0; i < 5; i++ {
		rwg.Add(2)
		go func() {
			defer rwg.Done()
			rw.Lock()
			counts["writes"]++
			rw.Unlock()
		}()
		go func() {
			defer rwg.Done()
			rw.RLock()
			_ = counts["writes"]
			rw.RUnlock()
		}()
	}
	rwg.Wait()
	fmt.Println(counts)

	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	actual, loaded := m.LoadOrStore("a", 10)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("c", 3)
	fmt.Println(actual, loaded)
	m.Delete("b")
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)

	calls := 0
	config := sync.OnceValue(func() string {
		calls++
		return "loaded"
	})
	fmt.Println(config(), config(), calls)
	pair := sync.OnceValues(func() (int, error) { return 42, nil })
	fmt.Println(pair())
}
