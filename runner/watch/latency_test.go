package watch_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// BenchmarkSaveToAccept measures what a student waits for: from the moment
// an editor renames the new server.go into place until the new version
// accepts a connection. It reports the median and the 95th percentile;
// run it with -benchtime=50x for 50 saves.
func BenchmarkSaveToAccept(b *testing.B) {
	dir := lessonDir(b, map[string]string{"server.go": serverSource("v0")})
	server := filepath.Join(dir, "server.go")
	s := startWatch(b, server)
	s.reply("v0")

	var took []time.Duration
	b.ResetTimer()
	for i := 1; b.Loop(); i++ {
		v := fmt.Sprintf("v%d", i)
		saveByRename(b, server, serverSource(v))
		start := time.Now()
		s.reply(v)
		took = append(took, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(took)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(took[len(took)/2]), "ms-median")
	b.ReportMetric(ms(took[(len(took)*95+99)/100-1]), "ms-p95")
	b.ReportMetric(0, "ns/op")
}
