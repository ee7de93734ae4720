package rewrite_test

func init() {
	programs = append(programs,
		fromCorpus("chanrange", "chan-range"),
	)
}
