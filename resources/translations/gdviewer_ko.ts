<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../gdviewer/app.py" line="28"/>
        <source>Watch gradient descent take every step. Without --print, opens the window.</source>
        <translation>경사 하강법의 매 단계를 지켜봅니다. --print 없이 실행하면 창을 엽니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="34"/>
        <source>lesson to open or print (see --list-lessons)</source>
        <translation>열거나 출력할 레슨 (--list-lessons 참고)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="38"/>
        <source>print the lesson ids and titles, then exit</source>
        <translation>레슨 id와 제목을 출력하고 종료</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="42"/>
        <source>print one row per step (step, x, f(x), f′(x)) and the final state instead of opening a window</source>
        <translation>창을 여는 대신 단계마다 한 줄(step, x, f(x), f′(x))과 최종 상태를 출력</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="49"/>
        <source>number of updates (default: the lesson&apos;s)</source>
        <translation>업데이트 횟수 (기본값: 레슨의 값)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="53"/>
        <source>learning rate α (default: the lesson&apos;s)</source>
        <translation>학습률(Learning Rate) α (기본값: 레슨의 값)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="61"/>
        <source>interface language: ko (Korean) or en (English); overrides the saved choice and the system locale</source>
        <translation>화면 언어: ko(한국어) 또는 en(영어). 저장된 선택과 시스템 로캘보다 우선합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="57"/>
        <source>start point x₀ (default: the lesson&apos;s)</source>
        <translation>시작점 x₀ (기본값: 레슨의 값)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="73"/>
        <source>unknown lesson id {value!r}; choose one of: {ids}</source>
        <translation>알 수 없는 레슨 id {value!r}입니다. 다음 중 하나를 고르세요: {ids}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="78"/>
        <source>--steps {value} is out of range; use 0 to {max}</source>
        <translation>--steps {value}는 범위를 벗어났습니다. 0부터 {max}까지의 값을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="82"/>
        <source>--learning-rate {value} is invalid; use a number from 0 to {max}</source>
        <translation>--learning-rate {value}는 잘못된 값입니다. 0부터 {max}까지의 수를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="87"/>
        <source>--start {value} is invalid; use a number from {low} to {high}</source>
        <translation>--start {value}는 잘못된 값입니다. {low}부터 {high}까지의 수를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="120"/>
        <source>gdviewer: the function cannot be evaluated at the start point {value}; choose one closer to 0
</source>
        <translation>gdviewer: 시작점 {value}에서 함수를 계산할 수 없습니다. 0에 더 가까운 시작점을 고르세요
</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="129"/>
        <source>f(x) = {f}, start x0 = {start}, learning rate = {rate}, steps = {steps}</source>
        <translation>f(x) = {f}, 시작점 x0 = {start}, 학습률 = {rate}, 단계 수 = {steps}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="134"/>
        <source>step</source>
        <translation>단계</translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="123"/>
        <source>Learning rate {value} is invalid: enter a number from 0 to {max}.</source>
        <translation>학습률 {value}는 잘못된 값입니다. 0부터 {max}까지의 수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="139"/>
        <source>Start point {value} is invalid: enter a number from {low} to {high}.</source>
        <translation>시작점 {value}는 잘못된 값입니다. {low}부터 {high}까지의 수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="159"/>
        <source>Step count {value} is invalid: enter a whole number from 0 to {max}.</source>
        <translation>단계 수 {value}는 잘못된 값입니다. 0부터 {max}까지의 정수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="188"/>
        <source>The function cannot be evaluated at x = {value}: choose a start point closer to 0.</source>
        <translation>x = {value}에서 함수를 계산할 수 없습니다. 0에 더 가까운 시작점을 고르세요.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="31"/>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="33"/>
        <source>gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="34"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="35"/>
        <source>state</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="36"/>
        <source>finite</source>
        <translation>유한</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="37"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="47"/>
        <location filename="../../gdviewer/ui/export_actions.py" line="141"/>
        <source>Export Figure</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="57"/>
        <source>Width of a PNG image; an SVG drawing scales freely.</source>
        <translation>PNG 이미지의 너비입니다. SVG 그림은 크기를 자유롭게 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="62"/>
        <source>Plot</source>
        <translation>그래프</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="63"/>
        <location filename="../../gdviewer/ui/export_actions.py" line="90"/>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="73"/>
        <location filename="../../gdviewer/ui/export_actions.py" line="171"/>
        <source>Export Animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="85"/>
        <source> frames/s</source>
        <translation> 프레임/초</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="91"/>
        <source>Frame rate</source>
        <translation>프레임 속도</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="116"/>
        <source>Export &amp;Figure…</source>
        <translation>그림 내보내기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="117"/>
        <source>Save a plot or the whole plot area as PNG or SVG</source>
        <translation>그래프 하나나 그래프 영역 전체를 PNG 또는 SVG로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="118"/>
        <source>Export &amp;Animation…</source>
        <translation>애니메이션 내보내기(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="119"/>
        <source>Save the run from step 0 to the current step as an animated GIF</source>
        <translation>0단계부터 현재 단계까지의 실행을 움직이는 GIF로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="120"/>
        <source>Export &amp;Trajectory…</source>
        <translation>궤적 내보내기(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="121"/>
        <source>Save every step (parameters, gradient, loss, state) as CSV</source>
        <translation>모든 단계(매개변수, 기울기, 손실, 상태)를 CSV로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="136"/>
        <source>Whole plot area</source>
        <translation>그래프 영역 전체</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="142"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="158"/>
        <location filename="../../gdviewer/ui/export_actions.py" line="197"/>
        <location filename="../../gdviewer/ui/export_actions.py" line="230"/>
        <source>Saved {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="171"/>
        <source>Animated GIF (*.gif)</source>
        <translation>움직이는 GIF (*.gif)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="187"/>
        <source>Rendering frames…</source>
        <translation>프레임을 그리는 중…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="187"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="206"/>
        <source>Export cancelled; {path} was not changed.</source>
        <translation>내보내기를 취소했습니다. {path}는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="217"/>
        <source>Export Trajectory</source>
        <translation>궤적 내보내기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="218"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="236"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="237"/>
        <source>Could not write {path}: {reason}. Choose another folder or name.</source>
        <translation>{path}를 쓰지 못했습니다: {reason}. 다른 폴더나 이름을 고르세요.</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="14"/>
        <source>Divergence without a learning rate</source>
        <translation>학습률 없이 발산하기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="15"/>
        <source>Convergence with learning rate 0.1</source>
        <translation>학습률 0.1로 수렴하기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="20"/>
        <source>Gradient descent moves x against the slope: x := x − α·f′(x). Here the learning rate α is 1, so the whole derivative 4x is subtracted and each update is x := −3x. Watch x jump to the other side of the minimum and land farther away every time: each step is longer than the distance to the bottom. Add steps to see the loss overflow, or lower the learning rate.</source>
        <translation>경사 하강법은 기울기의 반대 방향으로 x를 옮깁니다: x := x − α·f′(x). 여기서는 학습률(Learning Rate) α가 1이라 도함수 4x를 통째로 빼므로, 업데이트마다 x := −3x가 됩니다. x가 최솟값 건너편으로 넘어가면서 매번 더 멀리 떨어지는 모습을 보세요. 한 걸음이 바닥까지의 거리보다 길기 때문입니다. 단계 수를 늘려 손실이 넘치는 것을 보거나, 학습률을 낮춰 보세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="28"/>
        <source>A learning rate α = 0.1 shortens each step: x := x − 0.1·4x = 0.6x. Every update keeps 60 % of the distance to the minimum at x = 0, so x shrinks steadily: 1, 0.6, 0.36, 0.216, 0.1296. Watch the loss fall on the lower plot, then drag the learning-rate slider: above 0.25 the point starts to jump across the minimum, and above 0.5 it runs away.</source>
        <translation>학습률(Learning Rate) α = 0.1이 한 걸음을 줄입니다: x := x − 0.1·4x = 0.6x. 업데이트마다 최솟값 x = 0까지 거리의 60 %가 남으므로 x가 꾸준히 줄어듭니다: 1, 0.6, 0.36, 0.216, 0.1296. 아래 그래프에서 손실(Loss)이 줄어드는 것을 보고, 학습률 슬라이더를 끌어 보세요. 0.25를 넘으면 점이 최솟값을 건너뛰기 시작하고, 0.5를 넘으면 멀리 달아납니다.</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../gdviewer/ui/plots/loss_plot.py" line="93"/>
        <source>Step k</source>
        <extracomment>Above this many steps the loss curve is drawn without symbols.</extracomment>
        <translation>단계 k</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/loss_plot.py" line="94"/>
        <source>Loss f(x_k)</source>
        <translation>손실(Loss) f(x_k)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/loss_plot.py" line="95"/>
        <source>▼ loss = 0 (below any log axis)</source>
        <translation>▼ 손실 = 0 (로그 축 아래)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="191"/>
        <source>gdviewer: gradient descent, step by step</source>
        <translation>gdviewer: 한 단계씩 보는 경사 하강법</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="192"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="193"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="194"/>
        <source>&amp;Lessons</source>
        <translation>레슨(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="197"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="198"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="199"/>
        <source>&amp;Log Scale for the Loss</source>
        <translation>손실을 로그 축으로(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="200"/>
        <source>Log scale</source>
        <translation>로그 축</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="201"/>
        <source>Show the loss on a logarithmic axis (Ctrl+L)</source>
        <translation>손실을 로그 축에 표시합니다 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="202"/>
        <source>&amp;Animate Moves</source>
        <translation>이동 애니메이션(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="203"/>
        <source>Glide the current point to its next place instead of jumping</source>
        <translation>현재 점이 다음 위치로 건너뛰지 않고 미끄러지듯 움직입니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="204"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="205"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="206"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="207"/>
        <source>&amp;About gdviewer</source>
        <translation>gdviewer 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="215"/>
        <source>Function plot</source>
        <translation>함수 그래프</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="216"/>
        <source>Loss plot</source>
        <translation>손실 그래프</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="227"/>
        <source>No font with Korean letters was found, so Korean text shows as boxes. Install one, for example: sudo apt install fonts-nanum</source>
        <translation>한글 글꼴을 찾지 못해 한글이 네모로 보입니다. 한글 글꼴을 설치하세요. 예: sudo apt install fonts-nanum</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="255"/>
        <source>Play / pause</source>
        <translation>재생 / 일시 정지</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="256"/>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="257"/>
        <source>Step back</source>
        <translation>한 단계 뒤로</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="258"/>
        <source>Reset to step 0</source>
        <translation>0단계로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="259"/>
        <source>Faster / slower</source>
        <translation>빠르게 / 느리게</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="260"/>
        <source>Log scale for the loss</source>
        <translation>손실 로그 축</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="261"/>
        <source>Choose lesson 1, 2, …</source>
        <translation>레슨 1, 2, … 고르기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="264"/>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="270"/>
        <source>About gdviewer</source>
        <translation>gdviewer 정보</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="271"/>
        <source>gdviewer shows gradient descent one update at a time: the point on the curve, the loss, and the arithmetic of each step.</source>
        <translation>gdviewer는 경사 하강법을 업데이트 한 번씩 보여 줍니다. 곡선 위의 점, 손실, 그리고 단계마다의 계산을 함께 봅니다.</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="123"/>
        <source>Lessons</source>
        <translation>레슨</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="124"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="125"/>
        <source>Start x₀</source>
        <translation>시작점 x₀</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="126"/>
        <source>Learning rate α</source>
        <translation>학습률 α</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="127"/>
        <source>Steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="128"/>
        <source>Where gradient descent starts (x₀).</source>
        <translation>경사 하강법이 출발하는 곳(x₀)입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="130"/>
        <source>Learning rate α: each update moves x by −α·f′(x). Type any value, such as 0.001 or 1e-5.</source>
        <translation>학습률(Learning Rate) α: 업데이트마다 x가 −α·f′(x)만큼 움직입니다. 0.001이나 1e-5처럼 어떤 값이든 입력할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="133"/>
        <source>Drag to change the learning rate on a logarithmic scale; the run is redrawn as you drag.</source>
        <translation>끌어서 학습률을 로그 눈금으로 바꿉니다. 끄는 동안 실행 결과가 바로 다시 그려집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="135"/>
        <source>How many updates to compute.</source>
        <translation>계산할 업데이트 횟수입니다.</translation>
    </message>
</context>
<context>
    <name>RunText</name>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="15"/>
        <source>at the start</source>
        <translation>시작점</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="16"/>
        <source>converging</source>
        <translation>수렴 중</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="17"/>
        <source>oscillating</source>
        <translation>진동하며 수렴 중</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="18"/>
        <source>diverging</source>
        <translation>발산 중</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="19"/>
        <source>at a stationary point (f′(x) = 0)</source>
        <translation>정류점에 도달 (f′(x) = 0)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="28"/>
        <source>the loss f(x) overflowed to {value}</source>
        <translation>손실 f(x)가 {value}(으)로 넘쳤습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="29"/>
        <source>x overflowed to {value}</source>
        <translation>x가 {value}(으)로 넘쳤습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="30"/>
        <source>the gradient f′(x) overflowed to {value}</source>
        <translation>기울기(Gradient) f′(x)가 {value}(으)로 넘쳤습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="31"/>
        <source>the optimizer&apos;s state overflowed to {value}</source>
        <translation>옵티마이저의 내부 상태가 {value}(으)로 넘쳤습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="34"/>
        <source>Diverged at step {step}: {reason}. Lower the learning rate.</source>
        <translation>{step}단계에서 발산: {reason}. 학습률을 낮추세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="47"/>
        <source>Finished at step {step}: {trend}, f(x) = {loss}</source>
        <translation>{step}단계에서 끝남: {trend}, f(x) = {loss}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="50"/>
        <source>Step {step}: {trend}, f(x) = {loss}</source>
        <translation>{step}단계: {trend}, f(x) = {loss}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="52"/>
        <source>diverges at step {step}</source>
        <translation>{step}단계에서 발산</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="54"/>
        <source>computing steps…</source>
        <translation>단계 계산 중…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="65"/>
        <source>The factor is 0: one step lands exactly on the minimum.</source>
        <translation>배율이 0입니다. 한 번의 업데이트로 정확히 최솟값에 도착합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="67"/>
        <source>|{factor}| &lt; 1 and positive: every step moves x closer to the minimum from the same side.</source>
        <translation>|{factor}| &lt; 1이고 양수입니다. 매 단계 x가 같은 쪽에서 최솟값에 더 가까워집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="69"/>
        <source>|{factor}| &lt; 1 but negative: x jumps across the minimum each step and still closes in.</source>
        <translation>|{factor}| &lt; 1이지만 음수입니다. x가 매 단계 최솟값을 건너뛰면서도 점점 가까워집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="71"/>
        <source>|{factor}| = 1: x never gets closer to the minimum.</source>
        <translation>|{factor}| = 1입니다. x는 최솟값에 전혀 가까워지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="72"/>
        <source>|{factor}| &gt; 1: every step moves x farther from the minimum, so the run diverges.</source>
        <translation>|{factor}| &gt; 1입니다. 매 단계 x가 최솟값에서 더 멀어지므로 발산합니다.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../gdviewer/ui/step_panel.py" line="57"/>
        <source>Step {k} → {next}</source>
        <translation>{k}단계 → {next}단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/step_panel.py" line="80"/>
        <source>This is the last step of the run.</source>
        <translation>실행의 마지막 단계입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/step_panel.py" line="92"/>
        <source>Update factor of this quadratic</source>
        <translation>이 이차함수의 업데이트 배율</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="57"/>
        <source>&amp;Reset</source>
        <translation>처음으로(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="57"/>
        <source>Go back to step 0 with the same parameters</source>
        <translation>같은 매개변수로 0단계로 돌아갑니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="58"/>
        <source>Step &amp;Back</source>
        <translation>한 단계 뒤로(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="58"/>
        <source>Show the previous step</source>
        <translation>이전 단계를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="59"/>
        <source>&amp;Step</source>
        <translation>한 단계(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="59"/>
        <source>Take one gradient-descent step</source>
        <translation>경사 하강을 한 단계 진행합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="60"/>
        <source>&amp;Faster</source>
        <translation>빠르게(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="60"/>
        <source>Play more steps per second</source>
        <translation>초당 더 많은 단계를 재생합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="61"/>
        <source>S&amp;lower</source>
        <translation>느리게(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="61"/>
        <source>Play fewer steps per second</source>
        <translation>초당 더 적은 단계를 재생합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="70"/>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="70"/>
        <source>&amp;Play</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="72"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="72"/>
        <source>Play the run step by step</source>
        <translation>실행을 한 단계씩 재생합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="139"/>
        <source>{speed} steps/s</source>
        <translation>초당 {speed}단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="140"/>
        <source>Playback speed (+ faster, − slower)</source>
        <translation>재생 속도 (+ 빠르게, − 느리게)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="141"/>
        <source>Drag to show any step of the run</source>
        <translation>끌어서 원하는 단계를 봅니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="152"/>
        <source>step {k} / {n}</source>
        <translation>단계 {k} / {n}</translation>
    </message>
</context>
</TS>
