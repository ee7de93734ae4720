package lift

import "testing"

func TestGoPanicking(t *testing.T) {
	GoPanic(nil) // the goroutine's function returned
	if GoPanicking() {
		t.Fatal("GoPanicking before any panic reached GoPanic")
	}
	var reported any
	OnGoPanic(func(v any) { reported = v })
	defer goPanic.Store(nil)
	defer func() {
		if v := recover(); v != "worker" {
			t.Errorf("GoPanic raised %v again, want worker", v)
		}
		if reported != "worker" || !GoPanicking() {
			t.Errorf("reported %v, GoPanicking %v: want worker, true", reported, GoPanicking())
		}
	}()
	GoPanic("worker")
}
