def test_a_sum_worked_out_is_no_heading() -> None:
    from unionreader.chinese import is_heading_like

    assert not is_heading_like("季工作日：250天÷4季＝62.5天/季")
    assert not is_heading_like("月工作日：250天÷12月=20.83天/月")
    assert is_heading_like("年工作日与工资折算")
    assert is_heading_like("改革+升级=吸引外资新优势")  # a sum in words: a headline


def test_a_work_s_title_may_hold_a_sentence_s_marks_in_a_heading() -> None:
    from unionreader.chinese import is_heading_like

    assert is_heading_like("《体育系……》（ViuTV）")  # a show's title, in its marks
    assert is_heading_like("《明天会更好！》的故事")
    assert not is_heading_like("他说：忘了，忘不了……")
    assert not is_heading_like("学习《决定》。")
