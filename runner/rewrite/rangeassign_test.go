package rewrite_test

func init() {
	programs = append(programs,
		fromCorpus("rangeassign", "range-assign"),
	)
}
