package sock

import "github.com/socklab/socklab/stdlib/frame"

// DefaultFrameMemory is how much memory unfinished messages may hold on all
// of a script's connections together, unless SetFrameMemory changes it.
const DefaultFrameMemory = 256 << 20

// frameMemory is the budget every connection's frame reader shares.
var frameMemory = frame.NewBudget(DefaultFrameMemory)

// SetFrameMemory bounds the memory that unfinished messages (a line not yet
// ended, a prefixed message not yet whole) hold on all connections
// together. A connection whose message would go over it fails with a
// *frame.MemoryError naming the limit; under Serve, that client is told
// off and the server goes on. Each connection's own limit is SetMaxFrame.
func SetFrameMemory(n int) { frameMemory.SetLimit(int64(n)) }
