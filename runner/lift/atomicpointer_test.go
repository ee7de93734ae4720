package lift

import (
	"fmt"
	"sync"
	"testing"
)

type atomicItem struct{ n int }

// TestAtomicPointerOperations checks each operation's result and what the
// word holds after it, against what sync/atomic.Pointer does: a typed nil
// for the empty word, addresses compared, not values.
func TestAtomicPointerOperations(t *testing.T) {
	a, b, twin := &atomicItem{1}, &atomicItem{2}, &atomicItem{1}
	var none *atomicItem
	tests := []struct {
		name string
		op   func(w *AtomicPointer) any
		want any
		then *atomicItem // what Load returns after op
	}{
		{"load of the zero word", func(w *AtomicPointer) any { return AtomicLoad(w, none) }, none, nil},
		{"store", func(w *AtomicPointer) any { AtomicStore(w, a); return nil }, nil, a},
		{"store of nil", func(w *AtomicPointer) any { AtomicStore(w, a); AtomicStore(w, none); return nil }, nil, nil},
		{"swap", func(w *AtomicPointer) any { AtomicStore(w, a); return AtomicSwap(w, b, none) }, a, b},
		{"swap of the zero word", func(w *AtomicPointer) any { return AtomicSwap(w, b, none) }, none, b},
		{"compare and swap from nil", func(w *AtomicPointer) any { return AtomicCompareAndSwap(w, none, a) }, true, a},
		{"compare and swap from an untyped nil", func(w *AtomicPointer) any { return AtomicCompareAndSwap(w, nil, a) }, true, a},
		{"compare and swap, the same address", func(w *AtomicPointer) any { AtomicStore(w, a); return AtomicCompareAndSwap(w, a, b) }, true, b},
		{"compare and swap, an equal value elsewhere", func(w *AtomicPointer) any { AtomicStore(w, a); return AtomicCompareAndSwap(w, twin, b) }, false, a},
		{"compare and swap, nil against a pointer", func(w *AtomicPointer) any { AtomicStore(w, a); return AtomicCompareAndSwap(w, none, b) }, false, a},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var w AtomicPointer
			if got := tt.op(&w); got != tt.want {
				t.Errorf("got %v (%T), want %v (%T)", got, got, tt.want, tt.want)
			}
			got := AtomicLoad(&w, none).(*atomicItem)
			if got != tt.then {
				t.Errorf("then Load = %v, want %v", got, tt.then)
			}
		})
	}
}

// TestAtomicPointerConcurrent increments a counter held in a word by
// CompareAndSwap from several goroutines: no update is lost (and go test
// -race sees no race).
func TestAtomicPointerConcurrent(t *testing.T) {
	var w AtomicPointer
	var none *atomicItem
	AtomicStore(&w, &atomicItem{0})
	const workers, each = 4, 500
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range each {
				for {
					old := AtomicLoad(&w, none).(*atomicItem)
					if AtomicCompareAndSwap(&w, old, &atomicItem{old.n + 1}) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	if got := AtomicLoad(&w, none).(*atomicItem).n; got != workers*each {
		t.Errorf("counter = %d, want %d", got, workers*each)
	}
}

// TestAtomicPointerPrints checks that the word and the noCopy type print
// as the fields of Go's atomic.Pointer do.
func TestAtomicPointerPrints(t *testing.T) {
	var w AtomicPointer
	var nc atomicNoCopy
	if got := fmt.Sprintf("%#v %#v %v", w, nc, w); got != "(unsafe.Pointer)(nil) atomic.noCopy{} <nil>" {
		t.Errorf("got %s", got)
	}
}
